/**
 * The builds of the unchanged project that several test files read, each made once per
 * run and shared, instead of a copy per file: the plain build (`astro build`, no PDF), and
 * the build with the PDF and a SITE_URL (the cover's download link, the PDF's links).
 *
 * Test files run in parallel workers, so the first to ask builds it and the others wait
 * for its result on disk. The folder comes from the run's global setup
 * (shared-build-setup.ts), which removes it when the run ends. A file run on its own,
 * outside that setup, builds a copy of its own as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { buildCopy, buildIn, copyProject, copyProjectInto, type BuildResult } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's shared builds live. */
    sharedBuilds: string;
  }
}

/** The address the PDF-and-site build is published at. */
export const SHARED_SITE_URL = 'https://migration.report.test';

/** Each shared build's environment. */
const SHARED_BUILDS = {
  site: {},
  'pdf-site': { REPORT_PDF: 'on', SITE_URL: SHARED_SITE_URL },
} satisfies Record<string, Record<string, string>>;

export async function sharedBuild(name: keyof typeof SHARED_BUILDS = 'site'): Promise<BuildResult> {
  const env = SHARED_BUILDS[name];
  const root = inject('sharedBuilds');
  if (!root) return buildCopy(name, undefined, env);
  const resultFile = path.join(root, `${name}.json`);
  if (takeLock(path.join(root, `${name}.lock`))) {
    const dir = path.join(root, name);
    fs.mkdirSync(dir);
    copyProjectInto(dir);
    const build = buildIn(dir, env);
    // Written whole, then renamed: a waiting worker never reads half a file.
    fs.writeFileSync(`${resultFile}.part`, JSON.stringify(build));
    fs.renameSync(`${resultFile}.part`, resultFile);
    return build;
  }
  while (!fs.existsSync(resultFile)) await sleep(250);
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as BuildResult;
}

/**
 * A copy of the shared build's dist/ that a test file may write into (an injected page)
 * without disturbing the files that compare or serve the shared one. Removed by removeCopies.
 */
export async function sharedBuildToChange(name: string): Promise<BuildResult> {
  const build = await sharedBuild();
  if (build.status !== 0) return build;
  const dir = copyProject(name);
  fs.cpSync(build.dist, path.join(dir, 'dist'), { recursive: true });
  return { ...build, dir, dist: path.join(dir, 'dist') };
}

/** True for the one caller that creates the lock folder (mkdir is atomic). */
function takeLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
