/**
 * Counts colliding and clipped figure labels of a built dist/ in Chromium, at 360 and
 * 1280 px, light and dark, and prints them per figure (maps apart from the rest).
 * Usage: node scripts/count-label-collisions.ts [dist]
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { pagesOf, serveDist } from '../tests/browser/static-server.ts';
import { collisionsInPage, EDGE_TOLERANCE, OVERLAP_SHARE } from '../tests/browser/label-collisions.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const server = await serveDist(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const isMap = (figure: string) => /map|routes/.test(figure);
try {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      const counts = { overlap: 0, clipped: 0, mapOverlap: 0, mapClipped: 0 };
      const figures = new Set<string>();
      for (const pathname of pagesOf(dist)) {
        await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
        for (const problem of await page.evaluate(collisionsInPage, [OVERLAP_SHARE, EDGE_TOLERANCE] as [number, number])) {
          const map = isMap(problem.figure);
          if (problem.kind === 'overlap') counts[map ? 'mapOverlap' : 'overlap']++;
          else counts[map ? 'mapClipped' : 'clipped']++;
          figures.add(`${pathname}#${problem.figure}`);
          if (process.env.VERBOSE) console.log(`  ${width} ${colorScheme} ${pathname}#${problem.figure} ${problem.kind}: ${problem.labels.join(' | ')}`);
        }
      }
      console.log(`${width} px ${colorScheme}: ${counts.overlap} overlaps, ${counts.clipped} clipped; maps ${counts.mapOverlap} overlaps, ${counts.mapClipped} clipped; ${figures.size} figures affected`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
