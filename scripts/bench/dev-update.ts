/**
 * Incremental editing: with `astro dev` running on a copy of the project, the
 * time from saving a file to the page serving the change.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ASTRO, copyProject } from '../../tests/build/build-site.ts';

export interface DevUpdate {
  /** What was edited. */
  edit: string;
  milliseconds: number;
}

const PORT = 4391;

export async function measureDevUpdates(): Promise<DevUpdate[]> {
  const dir = copyProject('bench-dev');
  const server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${PORT}/remittances/`;
  try {
    await waitFor(async () => (await get(url)).includes('fig-inward-outward'), 60_000);
    const csv = path.join(dir, 'data/remittances/uses-channels.csv');
    const chapter = path.join(dir, 'content/remittances.mdx');
    return [
      await timeEdit('one CSV cell (data/remittances/uses-channels.csv)', () =>
        fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace('Used for business investment', 'Used for business investment (edited)')),
        url, 'business investment (edited)'),
      await timeEdit('one sentence of a chapter (content/remittances.mdx)', () =>
        fs.writeFileSync(chapter, fs.readFileSync(chapter, 'utf8').replace('All amounts below are in US dollars', 'All amounts here are in US dollars')),
        url, 'All amounts here are in US dollars'),
    ];
  } finally {
    server.kill();
  }
}

async function timeEdit(edit: string, write: () => void, url: string, expected: string): Promise<DevUpdate> {
  // The previous edit has settled once the page serves it; give the watcher a moment.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const started = performance.now();
  write();
  await waitFor(async () => (await get(url)).includes(expected), 30_000);
  return { edit, milliseconds: Math.round(performance.now() - started) };
}

async function get(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return '';
  }
}

async function waitFor(ready: () => Promise<boolean>, timeout: number): Promise<void> {
  const until = performance.now() + timeout;
  while (performance.now() < until) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the dev server did not show the change in time');
}
