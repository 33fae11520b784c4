/**
 * Legend keys level with their labels: on every page that shows a legend
 * (chapter pages inside Starlight's content styles, embed pages without them),
 * in both themes, on a desktop and on a 360 px phone, the vertical centre of
 * each key is within 2 px of its label's. Screenshots of one legend of each
 * kind of page go to test-results/browser/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { removeCopies } from '../build/build-site.ts';
import { sharedBuild } from '../build/shared-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { pagesOf, serveDist, type StaticServer } from './static-server.ts';
import { legendOffsets } from './legend-keys.ts';

const TOLERANCE = 2;
const SHOTS = 'test-results/browser';
const isEmbed = (pathname: string) => /^(\/az)?\/figures\/./.test(pathname);

let browser: Browser;
let server: StaticServer;
let withLegend: string[];

beforeAll(async () => {
  const build = await sharedBuild();
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  withLegend = pagesOf(build.dist).filter((pathname) => fs.readFileSync(path.join(build.dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname), 'utf8').includes('class="figure-legend"'));
  server = await serveDist(build.dist);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeCopies();
});

describe('legend keys', () => {
  it('pages with legends include chapter pages and embed pages, in both languages', () => {
    expect(withLegend.filter((pathname) => !isEmbed(pathname) && !pathname.startsWith('/az/')).length).toBeGreaterThan(0);
    expect(withLegend.filter((pathname) => isEmbed(pathname) && !pathname.startsWith('/az/')).length).toBeGreaterThan(0);
    expect(withLegend.filter((pathname) => pathname.startsWith('/az/')).length).toBeGreaterThan(0);
  });

  for (const width of [1280, 360] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`sit level with their labels on every page, ${width} px, ${colorScheme} theme`, async () => {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const off: string[] = [];
        let measured = 0;
        const shot = new Set<string>();
        try {
          const page = await context.newPage();
          for (const pathname of withLegend) {
            await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
            const items = await legendOffsets(page);
            expect(items.length, pathname).toBeGreaterThan(0);
            measured += items.length;
            for (const item of items) if (Math.abs(item.offset) > TOLERANCE) off.push(`${pathname}#${item.figure} "${item.label}": ${item.offset} px`);
            const kind = isEmbed(pathname) ? 'embed' : 'chapter';
            if (!shot.has(kind)) {
              shot.add(kind);
              const legend = page.locator('.figure-legend').first();
              await legend.scrollIntoViewIfNeeded();
              await legend.screenshot({ path: `${SHOTS}/legend-${kind}-${width}-${colorScheme}.png` });
            }
          }
        } finally {
          await context.close();
        }
        expect(measured).toBeGreaterThan(withLegend.length);
        expect(off).toEqual([]);
      }, 120_000);
    }
  }
});
