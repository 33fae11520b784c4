/**
 * report-site new <folder>: writes a one-chapter report that depends on this
 * engine: package.json, astro.config.mjs, the report config, a home page with
 * key figures, one chapter, one dataset with its entry and figure, one source.
 * Then `npm install && npm run dev` in that folder shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const STARTER = fileURLToPath(new URL('./starter/', import.meta.url));
// npm leaves .gitignore files out of a package, so the starter keeps it without the dot.
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

export interface NewReportOptions {
  /** The npm spec of the engine the report depends on; by default this engine's version. */
  engine?: string;
  /** The edition date written into the config, as 2026-12-07. */
  date?: string;
}

/** Every file of the starter, with its placeholders filled in: pure, so it is tested without writing. */
export function starterFiles(folderName: string, { engine, date }: Required<NewReportOptions>): Map<string, string> {
  const name = folderName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-report';
  const title = name.split('-').map((word, index) => (index === 0 ? word[0]!.toUpperCase() + word.slice(1) : word)).join(' ');
  const versions = engineVersions();
  const values: Record<string, string> = {
    name,
    title,
    date,
    year: date.slice(0, 4),
    engine,
    astroVersion: versions.peer('astro'),
    starlightVersion: versions.peer('@astrojs/starlight'),
    zodVersion: versions.peer('zod'),
    nodeVersion: versions.node,
  };
  const files = new Map<string, string>();
  for (const relative of fs.readdirSync(STARTER, { recursive: true, encoding: 'utf8' }).sort()) {
    const source = path.join(STARTER, relative);
    if (!fs.statSync(source).isFile()) continue;
    const target = RENAMED[relative] ?? relative.split(path.sep).join('/');
    files.set(target, fs.readFileSync(source, 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole));
  }
  return files;
}

/** The peers this engine asks for, and the Node a report brings (Astro 7 needs 22.12 or newer). */
function engineVersions() {
  const own = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; peerDependencies: Record<string, string> };
  const require = createRequire(import.meta.url);
  const installed = (name: string): string | undefined => {
    try {
      return (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    } catch {
      return undefined;
    }
  };
  return {
    own: own.version,
    // The version installed beside the engine, which the engine was tested with; else the peer range.
    peer: (name: string) => {
      const version = installed(name);
      return version ? `^${version}` : (own.peerDependencies[name] ?? 'latest');
    },
    node: process.versions.node,
  };
}

export function defaultEngineSpec(): string {
  return `^${engineVersions().own}`;
}

export function newReport(folder: string, options: NewReportOptions = {}): number {
  const target = path.resolve(folder);
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    console.error(`${folder} is not empty: choose a new folder for the report`);
    return 1;
  }
  const files = starterFiles(path.basename(target), {
    engine: options.engine ?? defaultEngineSpec(),
    date: options.date ?? new Date().toISOString().slice(0, 10),
  });
  for (const [relative, text] of files) {
    const file = path.join(target, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const shown = path.relative(process.cwd(), target) || '.';
  console.log(`A new report is in ${shown}/ (${files.size} files). Next:\n\n  cd ${shown}\n  npm install\n  npm run dev\n`);
  return 0;
}
