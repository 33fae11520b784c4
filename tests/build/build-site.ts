/**
 * Builds a copy of the project in a folder of .test-builds/ (so tests never touch the
 * working dist/), optionally after changing some files, and reports the result.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
// Copies live inside the project so they find its node_modules as any package would.
export const BUILDS = path.join(ROOT, '.test-builds');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', '.test-builds']);

export interface BuildResult {
  dir: string;
  dist: string;
  status: number | null;
  output: string;
}

// Copies made here, so a test file removes only its own (files run in parallel).
const made: string[] = [];

export interface BuildOptions {
  /** Build inside a new network namespace with no network at all (`unshare -rn`). */
  offline?: boolean;
  /** A command to run the build through, e.g. ['/usr/bin/time', '-f', '%e %M'] to measure it. */
  wrap?: string[];
}

/** Copies the project into a new folder of .test-builds/ and applies `edit` to the copy. */
export function copyProject(name: string, edit?: (dir: string) => void): string {
  fs.mkdirSync(BUILDS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(BUILDS, `${name}-`));
  made.push(dir);
  copyProjectInto(dir);
  edit?.(dir);
  return dir;
}

/** Copies the project's files (not its installs or outputs) into an existing folder. */
export function copyProjectInto(dir: string): void {
  for (const entry of fs.readdirSync(ROOT)) {
    if (!SKIP.has(entry)) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
}

export function buildCopy(name: string, edit?: (dir: string) => void, env: Record<string, string> = {}, options: BuildOptions = {}): BuildResult {
  return buildIn(copyProject(name, edit), env, options);
}

/** Runs `astro build` in a copy of the project. */
export function buildIn(dir: string, env: Record<string, string> = {}, options: BuildOptions = {}): BuildResult {
  // process.execPath: the project's own Node (>= 22.12) that runs the tests.
  const command = [...(options.wrap ?? []), ...(options.offline ? ['unshare', '-rn'] : []), process.execPath, ASTRO, 'build'];
  const result = spawnSync(command[0] as string, command.slice(1), {
    cwd: dir,
    encoding: 'utf8',
    // A large site logs a line per page: far more than spawnSync's 1 MB default.
    maxBuffer: 1 << 30,
    // The PDF is printed by one test only (pdf.test.ts); every other build skips it.
    env: { ...cleanEnv(), REPORT_PDF: 'off', ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Colour codes (a CI may force them on) would split the words the tests look for.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { dir, dist: path.join(dir, 'dist'), status: result.status, output };
}

/**
 * The report-site command as `npx report-site` finds it from a copy: the engine that the
 * package name resolves to, the one the copy's config and datasets import. (The copy's own
 * src/ is a second copy of the engine; run from it, the datasets' schemas would come from
 * one engine and be checked by the other.)
 */
export function reportSiteBin(dir: string): string {
  const engine = path.dirname(createRequire(path.join(dir, 'package.json')).resolve('report-site/package.json'));
  return path.join(engine, 'bin/report-site.js');
}

/** Removes the copies this test file made with buildCopy. */
export function removeCopies(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

// The test runner sets Vite's own variables (BASE_URL, MODE, …) in process.env;
// a build must not inherit them, or they override the site's configuration.
const RUNNER_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of RUNNER_VARIABLES) delete env[name];
  return env;
}

/** Every file below a folder, as relative paths, sorted. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .sort();
}
