/**
 * A mistake made while `astro dev` runs is reported once, at the CSV or MDX
 * line, and the page answers with an error status. Measured on a copy of the
 * project: each mistake is saved, the page requested, the file restored.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { ASTRO, cleanEnv, copyProject, removeCopies } from '../build/build-site.ts';
import { freePort } from './free-port.ts';

let dir = '';
let port = 0;
let log = '';
let server: ReturnType<typeof spawn> | undefined;
let browser: Browser | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function request(page: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${page}`);
  return { status: response.status, html: await response.text() };
}

/** The text of the error overlay an editor sees in the browser (sent over the dev server's socket). */
async function overlayText(page: string): Promise<string> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const tab = await browser.newPage();
  try {
    await tab.goto(`http://127.0.0.1:${port}${page}`);
    const overlay = tab.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 45_000 });
    return await overlay.evaluate((element) => (element.shadowRoot ?? element).textContent ?? '');
  } finally {
    await tab.close();
  }
}

beforeAll(async () => {
  dir = copyProject('dev-errors');
  port = await freePort();
  server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    try {
      if ((await request('/remittances/')).status === 200) return;
    } catch {
      // Still starting.
    }
    await sleep(300);
  }
  throw new Error(`the dev server did not start\n${log}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  removeCopies();
});

/** Saves the mistake, requests the page, restores the file; returns what the server printed and served. */
async function withMistake(file: string, from: string, to: string) {
  const absolute = path.join(dir, file);
  const original = fs.readFileSync(absolute, 'utf8');
  if (!original.includes(from)) throw new Error(`${file} has no "${from}"`);
  try {
    fs.writeFileSync(absolute, original.replace(from, to));
    await sleep(1500);
    const start = log.length;
    const page = await request('/remittances/');
    await sleep(1500);
    const printed = log.slice(start);
    const beforeBrowser = log.length;
    const overlay = await overlayText('/remittances/');
    await sleep(500);
    return { ...page, printed, overlay, printedForBrowser: log.slice(beforeBrowser) };
  } finally {
    fs.writeFileSync(absolute, original);
    await sleep(1500);
  }
}

const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * The line the message names: a fixed one, the line of the changed text ('here'), or the
 * first line of the <Figure> element that holds it ('element'), read from the project so
 * that edits to a chapter do not move the test's expectations.
 */
function lineOf({ file, from, line }: { file: string; from: string; line: number | 'here' | 'element' }): number {
  if (typeof line === 'number') return line;
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const at = text.indexOf(from);
  const start = line === 'element' ? text.lastIndexOf('<Figure', at) : at;
  return text.slice(0, start).split('\n').length;
}

const MISLEADING = ['MDX component encounters runtime errors', 'Browser APIs are not available', 'UnhandledRejection'];

describe('mistakes in the dev server', () => {
  const cases = [
    { name: 'a bad numeric cell', file: 'data/remittances/flows.csv', from: '2003,Inward,Total,171', to: '2003,Inward,Total,12o', message: 'data/remittances/flows.csv:2, column "usd_millions"', line: 2 },
    { name: 'an unknown dataset id', file: 'content/remittances.mdx', from: 'dataset="remittance-flows"', to: 'dataset="remitance-flows"', message: 'unknown dataset "remitance-flows"; did you mean "remittance-flows"?', line: 'element' },
    { name: 'an unknown column', file: 'content/remittances.mdx', from: '  x="year"', to: '  x="yaer"', message: 'x="yaer" is not a column', line: 'element' },
    { name: 'an unknown citation key', file: 'content/remittances.mdx', from: '<Cite source="rustamov-adb-2007"', to: '<Cite source="rustamov-adb-2070"', message: 'unknown citation key; did you mean "rustamov-adb-2007"?', line: 'here' },
    { name: 'a broken #anchor into another chapter', file: 'content/remittances.mdx', from: '[Azerbaijanis abroad](/abroad/)', to: '[Azerbaijanis abroad](/abroad/#no-such-section)', message: 'link "/abroad/#no-such-section": no heading, figure or reference "#no-such-section" in content/abroad.mdx', line: 'here' },
    { name: 'a chapter without a title', file: 'content/remittances.mdx', from: 'title: Remittances\n', to: '', message: 'frontmatter "title": expected a title in quotes or plain text', line: 1 },
    { name: 'a misspelt option of a column type in a dataset entry', file: 'data/remittances/flows.ts', from: 'cell.numberOrNull({ min: 0 })', to: 'cell.numberOrNull({ minimum: 0 })', message: 'cell.numberOrNull(): unknown option "minimum"', line: 20 },
    { name: 'an unknown figure id in <FigRef>', file: 'content/index.mdx', from: '<FigRef id="by-region" />', to: '<FigRef id="by-regoin" />', message: '<FigRef id="by-regoin">: no figure has this id; did you mean "by-region"', line: 'here' },
  ] as const;
  for (const mistake of cases) {
    it(mistake.name, async () => {
      const { status, printed, overlay, printedForBrowser } = await withMistake(mistake.file, mistake.from, mistake.to);
      expect(status).toBeGreaterThanOrEqual(500);
      expect(count(printed, mistake.message)).toBe(1);
      // A page load in a browser (the page, and what it asks for, such as /favicon.ico) prints it once.
      expect(count(printedForBrowser, mistake.message)).toBe(1);
      expect(count(overlay, mistake.message)).toBe(1);
      expect(overlay).toContain(`${mistake.file}:${lineOf(mistake)}`);
      for (const engine of ['validate-rows.ts', 'analyse-chapter.ts', 'src/data/', 'src/chapters/', 'src/components/']) expect(overlay + printed).not.toContain(engine);
      for (const hint of MISLEADING) expect(overlay + printed).not.toContain(hint);
      // Once the file is fixed, the page is served again.
      expect((await request('/remittances/')).status).toBe(200);
    }, 120_000);
  }
});
