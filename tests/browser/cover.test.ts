/**
 * The home page reads like a report's cover on a phone: at 360 × 740 the first
 * screen holds the title, the edition with its date and publisher, the headline
 * with its citation and the whole first key-figure card, and the page offers
 * the book once, and tells citation managers where the book is. Built with the
 * PDF and a SITE_URL (the run's shared build), so the download link and citation_pdf_url are there.
 * Screenshots at 360 and 1280 px, light and dark, go to test-results/browser/.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { SHARED_SITE_URL as SITE, sharedBuild } from '../build/shared-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveDist, type StaticServer } from './static-server.ts';
import { report } from '../../src/report/report.ts';

const SHOTS = 'test-results/browser';
const PHONE = { width: 360, height: 740 };

// The build prints the book in both languages.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 900_000 });

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const build = await sharedBuild('pdf-site');
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  server = await serveDist(build.dist);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the cover on a phone', () => {
  for (const [pathname, title] of [['/', report.title], ['/az/', report.translations?.az?.title]] as const) {
    it(`shows the title, edition, headline and first key figure in the first screen, and one download link (${pathname})`, async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      try {
        await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
        const seen = await page.evaluate(() => {
          const box = (selector: string) => {
            const element = document.querySelector(selector);
            if (!element) return undefined;
            const { top, bottom, left, right } = element.getBoundingClientRect();
            return { top, bottom, left, right, text: (element.textContent ?? '').replace(/\s+/g, ' ').trim() };
          };
          return {
            screen: { width: window.innerWidth, height: window.innerHeight },
            title: box('main h1'),
            edition: box('.report-edition'),
            headline: box('.report-headline'),
            headlineCites: document.querySelectorAll('.report-headline .cite a').length,
            card: box('.key-figure'),
            cardValue: box('.key-figure .key-figure-value strong'),
            cardPeriod: box('.key-figure .key-figure-period'),
            cardCaption: box('.key-figure figcaption'),
            books: [...document.querySelectorAll<HTMLAnchorElement>('a[href$=".pdf"]')].map((link) => ({ href: link.getAttribute('href'), bottom: link.getBoundingClientRect().bottom })),
          };
        });
        const inFirstScreen = (part: { top: number; bottom: number; left: number; right: number } | undefined) =>
          part !== undefined && part.top >= 0 && part.bottom <= seen.screen.height && part.left >= 0 && part.right <= seen.screen.width;

        expect(seen.title?.text).toBe(title);
        expect(seen.edition?.text).toContain(report.edition.version);
        expect(seen.edition?.text).toContain(report.edition.date.slice(0, 4));
        for (const author of report.authors) expect(seen.edition?.text).toContain(author);
        expect(seen.headline?.text).toMatch(/\d/);
        expect(seen.headlineCites).toBeGreaterThan(0);
        expect(seen.cardValue?.text).toMatch(/^[+−-]?\d/);
        expect(seen.cardPeriod?.text).toMatch(/\d{4}/);
        expect(seen.cardCaption?.text).toMatch(/\d{4}/);
        for (const part of ['title', 'edition', 'headline', 'card'] as const) expect(inFirstScreen(seen[part]), `${part}: ${JSON.stringify(seen[part])}`).toBe(true);

        // One link to the book, in the page's language, in the first screen too.
        expect(seen.books).toHaveLength(1);
        expect(seen.books[0]?.href).toBe(`${pathname}${report.slug}.pdf`);
        expect(seen.books[0]!.bottom).toBeLessThanOrEqual(seen.screen.height);
        // Zotero and Google Scholar find the same book, by its absolute address.
        expect(await page.locator('meta[name="citation_pdf_url"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')))).toEqual([`${SITE}${pathname}${report.slug}.pdf`]);
      } finally {
        await context.close();
      }
    });
  }

  it('keeps the headline and the first key figure in the first screen at 360 and 1280 px, light and dark (screenshots)', async () => {
    for (const pathname of ['/', '/az/']) {
      for (const width of [360, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const viewport = { width, height: width === 360 ? PHONE.height : 800 };
          const context = await browser.newContext({ viewport, colorScheme });
          const page = await context.newPage();
          await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
          const bottoms = await page.evaluate(() => ['.report-headline', '.key-figure'].map((selector) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity));
          for (const bottom of bottoms) expect(bottom, `${pathname} ${width} px ${colorScheme}`).toBeLessThanOrEqual(viewport.height);
          await page.screenshot({ path: `${SHOTS}/cover-first-screen-${pathname === '/' ? 'en' : 'az'}-${width}-${colorScheme}.png` });
          await context.close();
        }
      }
    }
  });
});
