/**
 * Builds each earlier edition of the report from its git tag (v<version>) into
 * <dist>/editions/<version>/: the tagged tree is extracted with `git archive`
 * into a temporary folder inside the report's folder (.editions-building/), so
 * that it is built by the dependencies installed there, this engine among them
 * (every page gets the notice naming the current edition), with the base path
 * <base>editions/<version>/. What belongs to the current edition only is
 * removed from the copy: the sitemap, robots.txt and _headers.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ReportInputError } from '../data/errors.ts';
import { runAstro } from '../cli/run-astro.ts';
import type { EditionEntry } from '../report/report-schema.ts';
import { ARCHIVED_EDITION_VARIABLE, EARLIER_EDITIONS_VARIABLE, editionFolder, type ArchivedEdition } from './edition-build-settings.ts';

export interface EarlierEditionsInput {
  /** The report's folder (where its astro.config.mjs is). */
  root: string;
  /** The current build's output folder, and its site and base path. */
  dist: string;
  base: string;
  site: string | undefined;
  /** Every edition of the report config, oldest first; the last is the current one. */
  editions: readonly EditionEntry[];
  /** The current edition's pages, as paths after the base path ("chapter/", ""). */
  currentPages: string[];
}

/** Where the tagged trees are built, inside the report's folder: Node finds its node_modules from there. */
const BUILDING = '.editions-building';

/** The git tag of an edition. */
export const editionTag = (version: string) => `v${version}`;

function git(cwd: string, args: string[]): { status: number | null; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', args, { cwd, maxBuffer: 1 << 30 });
  return { status: result.status, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? '') };
}

/** Builds every edition but the last; returns the versions built. */
export function buildEarlierEditions(input: EarlierEditionsInput): string[] {
  const { root, editions } = input;
  const earlier = editions.slice(0, -1);
  const missing = earlier.filter((edition) => git(root, ['rev-parse', '--verify', '--quiet', `refs/tags/${editionTag(edition.version)}^{commit}`]).status !== 0);
  if (missing.length > 0) {
    throw new ReportInputError(`${EARLIER_EDITIONS_VARIABLE}=on: ${missing.length} earlier edition(s) have no git tag`, missing.map((edition) => `edition ${edition.version} (${edition.date}) of the report config: no git tag ${editionTag(edition.version)}; tag the commit that published it, e.g. git tag ${editionTag(edition.version)} <commit>`));
  }
  const prefix = git(root, ['rev-parse', '--show-prefix']).stdout.toString().trim();
  return earlier.map((edition) => {
    buildEdition(input, edition, prefix);
    return edition.version;
  });
}

function buildEdition({ root, dist, base, site, editions, currentPages }: EarlierEditionsInput, edition: EditionEntry, prefix: string): void {
  const tag = editionTag(edition.version);
  const work = path.join(root, BUILDING, edition.version);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  try {
    const archive = git(root, ['archive', '--format=tar', tag]);
    if (archive.status !== 0) throw new Error(`git archive ${tag} failed: ${archive.stderr}`);
    const extract = spawnSync('tar', ['-x', '-C', work], { input: archive.stdout, maxBuffer: 1 << 30 });
    if (extract.status !== 0) throw new Error(`could not extract ${tag}: ${String(extract.stderr)}`);
    const project = path.join(work, prefix);
    const current = editions.at(-1)!;
    const archived: ArchivedEdition = { current: { version: current.version, date: current.date }, currentBase: base, currentPages };
    const args = ['build', '--base', `${base}${editionFolder(edition.version)}`, ...(site ? ['--site', site] : [])];
    const status = runAstro(project, args, { ...process.env, [ARCHIVED_EDITION_VARIABLE]: JSON.stringify(archived), [EARLIER_EDITIONS_VARIABLE]: 'off' });
    if (status !== 0) throw new ReportInputError(`Edition ${edition.version} (git tag ${tag}) did not build`, [`${tag}: the build of this edition stopped; its messages are above`]);
    const target = path.join(dist, editionFolder(edition.version));
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.cpSync(path.join(project, 'dist'), target, { recursive: true });
    // Search engines read the current edition's sitemap and robots.txt only; the host reads the root _headers.
    for (const file of fs.readdirSync(target)) {
      if (/^sitemap.*\.xml$/.test(file) || file === 'robots.txt' || file === '_headers') fs.rmSync(path.join(target, file));
    }
  } finally {
    fs.rmSync(path.join(root, BUILDING), { recursive: true, force: true });
  }
}
