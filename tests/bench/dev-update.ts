/**
 * Incremental editing: with `astro dev` running on a copy of the project and the
 * chapter open in Chromium, the time from saving a file to the open tab showing
 * the change (hot update for a chapter, reload for a CSV), with nobody pressing F5.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ASTRO, cleanEnv, copyProject } from '../build/build-site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { freePort } from '../dev/free-port.ts';

export interface DevUpdate {
  /** What was edited. */
  edit: string;
  milliseconds: number;
}

export async function measureDevUpdates(): Promise<DevUpdate[]> {
  const dir = copyProject('bench-dev');
  const port = await freePort();
  const server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Shown if the server never serves the page.
  let errors = '';
  server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await openWhenReady(page, `http://127.0.0.1:${port}/remittances/`, () => errors);
    const csv = path.join(dir, 'data/remittances/uses-channels.csv');
    const chapter = path.join(dir, 'content/remittances.mdx');
    return [
      await timeEdit(page, 'one CSV cell (data/remittances/uses-channels.csv)', () =>
        // A number: a renamed category would also need its label in each translation of the entry.
        fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace('Used for business investment,0.5,', 'Used for business investment,0.57,')),
        '0.57'),
      await timeEdit(page, 'one sentence of a chapter (content/remittances.mdx)', () =>
        fs.writeFileSync(chapter, fs.readFileSync(chapter, 'utf8').replace('All amounts below are in US dollars', 'All amounts here are in US dollars')),
        'All amounts here are in US dollars'),
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}

async function openWhenReady(page: Page, url: string, errors: () => string): Promise<void> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    try {
      await page.goto(url);
      if (await page.locator('#fig-inward-outward').count()) return;
    } catch {
      // The server is still starting.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the dev server did not serve ${url} in time\n${errors()}`);
}

async function timeEdit(page: Page, edit: string, write: () => void, expected: string): Promise<DevUpdate> {
  // Let the previous update settle before the next edit.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const started = performance.now();
  write();
  try {
    await page.waitForFunction((text) => document.body.textContent?.includes(text), expected, { timeout: 30_000 });
  } catch {
    throw new Error(`after saving ${edit}, the open tab did not show "${expected}" within 30 s`);
  }
  return { edit, milliseconds: Math.round(performance.now() - started) };
}
