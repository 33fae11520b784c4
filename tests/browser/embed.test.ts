/**
 * A figure embedded on another site: the snippet from under a chapter's figure,
 * pasted into a page on another origin, sizes its frame to the embed page's
 * content at 360 and 1280 px (the embed page posts its height, the snippet's
 * script sets it), under the embed page's real CSP, which runs its inline
 * scripts by hash and no script file. The embed page is light by default,
 * dark with ?theme=dark, and its source and link back sit right under the chart.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { removeCopies } from '../build/build-site.ts';
import { sharedBuild } from '../build/shared-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveDist, type StaticServer } from './static-server.ts';

const SHOTS = 'test-results/browser';
const ANCHOR = 'fig-inward-components';

let browser: Browser;
let site: StaticServer;
let host: http.Server;
let hostOrigin: string;
let snippet: string;

beforeAll(async () => {
  const build = await sharedBuild();
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  // With the headers of dist/_headers: the embed page's own CSP and frame-ancestors.
  site = await serveDist(build.dist, '/', 'dist');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  fs.mkdirSync(SHOTS, { recursive: true });
  // The snippet as a reader copies it, pointed at the test server instead of the report's address.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}/remittances/`);
  const copied = (await page.locator(`#${ANCHOR} .figure-reuse .figure-code`).first().textContent()) ?? '';
  await context.close();
  const reportOrigin = new URL(/src="([^"]+)"/.exec(copied)![1]!).origin;
  snippet = copied.split(reportOrigin).join(site.origin);
  // Another origin: another port of the loopback address, by another name.
  host = http.createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head><body style="margin: 8px; background: #fff"><h1>A host page</h1>${snippet.replace('/figures/inward-components/"', `/figures/inward-components/${new URL(request.url ?? '/', 'http://localhost').search}"`)}<p>After the figure.</p></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
  removeCopies();
});

async function embedded(width: number, search = ''): Promise<{ page: Page; frame: Frame; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${hostOrigin}/${search}`, { waitUntil: 'load' });
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState('load');
  return { page, frame, errors, close: () => context.close() };
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameHeight = (page: Page) => page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);

describe('an embedded figure', () => {
  it('the snippet is the frame and a script that listens to the report origin only', () => {
    expect(snippet).toMatch(/^<iframe src="[^"]+\/figures\/inward-components\/" title="Figure \d+\.\d+\. [^"]+" width="100%" height="\d+" loading="lazy"[^>]*><\/iframe>\n<script>[^<]+<\/script>$/);
    expect(snippet).toContain(`e.origin===${JSON.stringify(site.origin)}`);
  });

  for (const width of [360, 1280] as const) {
    it(`sizes its frame to its content on another origin, ${width} px`, async () => {
      const { page, frame, errors, close } = await embedded(width);
      try {
        expect(new URL(page.url()).origin).not.toBe(new URL(frame.url()).origin);
        const fallback = Number(/height="(\d+)"/.exec(snippet)![1]);
        await expect.poll(async () => (await frameHeight(page)) !== fallback, { timeout: 30_000 }).toBe(true);
        // The frame follows its content by messages, so the host may be a message behind: wait for it.
        await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 30_000 }).toBeLessThanOrEqual(1);
        const content = await contentHeight(frame);
        // Nothing inside the frame scrolls: everything shows.
        await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight), { timeout: 30_000 }).toBe(true);
        // Opening the table makes the page taller, and the frame follows.
        await frame.locator('.figure-data summary').click();
        await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 30_000 }).toBeLessThanOrEqual(1);
        expect(await contentHeight(frame)).toBeGreaterThan(content);
        await frame.locator('.figure-data summary').click();
        // The source and the link back come right under the chart.
        const chart = (await frame.locator(`.figure-chart-${width === 360 ? 'narrow' : 'wide'}`).boundingBox())!;
        const source = (await frame.locator('.figure-source').boundingBox())!;
        const back = (await frame.locator('.embed-footer').boundingBox())!;
        expect(source.y - (chart.y + chart.height)).toBeLessThan(32);
        expect(back.y - (source.y + source.height)).toBeLessThan(24);
        await page.screenshot({ path: `${SHOTS}/embed-host-${width}.png`, fullPage: true });
        // No CSP refusal, no error, on the host or in the frame.
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 120_000);
  }

  it('is light by default, even for a reader whose system is dark; ?theme=dark makes it dark', async () => {
    const background = (frame: Frame) => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await embedded(360);
    const dark = await embedded(360, '?theme=dark');
    try {
      expect(await background(light.frame)).toBe('rgb(255, 255, 255)');
      expect(await background(dark.frame)).toBe('rgb(23, 24, 28)');
      expect([...light.errors, ...dark.errors]).toEqual([]);
    } finally {
      await light.close();
      await dark.close();
    }
  }, 120_000);

  it('runs scripts by hash only: the embed page has no script file and its policy allows no other source', async () => {
    const response = await fetch(`${site.origin}/figures/inward-components/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const scripts = /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source))).toBe(true);
    expect(policy).toContain('frame-ancestors *');
    const html = await response.text();
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    // The Azerbaijani embed pages may be framed too.
    expect((await fetch(`${site.origin}/az/figures/inward-components/`)).headers.get('content-security-policy')).toContain('frame-ancestors *');
  });
});
