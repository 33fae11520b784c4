/**
 * Search code loads only when the reader opens search: on every page, nothing of
 * Pagefind (its interface or its index) is fetched in the five seconds after load
 * with no interaction, and the JavaScript fetched then stays within 8 KB gzip.
 * Opening search with Ctrl-K, "/" or the button and typing a query shows results,
 * including on first use, while the interface is still loading.
 * When the interface cannot load, the dialog says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { removeCopies } from '../build/build-site.ts';
import { sharedBuild } from '../build/shared-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { pagesOf, pagesToVisit, serveDist, type StaticServer } from './static-server.ts';
import { firstView, isScript, recordResponses, sum, type Fetched } from './first-view.ts';

const JS_BUDGET_GZIP = 8 * 1024;
// Pagefind's interface is bundled as "ui-core", the script that mounts it as "SearchLoader";
// its index and wasm live under /pagefind/.
const isSearchCode = (fetched: Fetched) => fetched.path.includes('/pagefind/') || /ui-core|SearchLoader/.test(fetched.path);

let browser: Browser;
let server: StaticServer;
let pages: string[];

beforeAll(async () => {
  const build = await sharedBuild();
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  pages = pagesToVisit(pagesOf(build.dist));
  server = await serveDist(build.dist);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeCopies();
});

describe('before any interaction', () => {
  it('no page fetches search code, and each fetches at most 8 KB gzip of JavaScript', async () => {
    const report: Record<string, { searchCode: string[]; jsGzip: number }> = {};
    // Sixteen tabs take pages from one queue: each spends most of its five quiet seconds after
    // load waiting, and a tab that is done takes the next page without waiting for the others.
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
          const fetched = await firstView(browser, server.origin, pathname);
          report[pathname] = { searchCode: fetched.filter(isSearchCode).map((item) => item.path), jsGzip: sum(fetched.filter(isScript)) };
        }
      }),
    );
    expect(Object.keys(report)).toHaveLength(pages.length);
    for (const [pathname, { searchCode, jsGzip }] of Object.entries(report)) {
      expect(searchCode, pathname).toEqual([]);
      expect(jsGzip, `${pathname}: ${jsGzip} bytes of JS (gzip)`).toBeLessThanOrEqual(JS_BUDGET_GZIP);
      // The small loader is there: the page does run its own scripts. An embed page runs
      // its two small scripts inline (allowed by hash), so it fetches none.
      if (/^(\/[a-z]{2})?\/figures\/[^/]+\/$/.test(pathname)) expect(jsGzip, pathname).toBe(0);
      else expect(jsGzip, pathname).toBeGreaterThan(0);
    }
  }, 600_000);
});

/** Opens a page, lets it settle, runs `open`, types a query and returns the pages of the results. */
async function searchBy(open: (page: Page) => Promise<void>, query: string): Promise<{ links: string[]; before: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const fetched: Fetched[] = [];
    const bodies = recordResponses(page, server.origin, fetched);
    await page.goto(`${server.origin}/remittances/`, { waitUntil: 'load' });
    await page.waitForTimeout(1_000);
    await bodies();
    const before = fetched.filter(isSearchCode).map((item) => item.path);
    await open(page);
    // Typed at once, while the interface may still be loading.
    await page.keyboard.type(query);
    // Results show placeholders until each one's data has loaded; wait for the links.
    const links = () => page.locator('#starlight__search a.pagefind-ui__result-link').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    await expect.poll(links, { timeout: 45_000 }).toContain('/data-management/');
    return { links: await links(), before, errors };
  } finally {
    await context.close();
  }
}

describe('opening search', () => {
  const openers: [string, (page: Page) => Promise<void>][] = [
    ['Ctrl-K', (page) => page.keyboard.press('Control+k')],
    ['"/"', (page) => page.keyboard.press('/')],
    ['the search button', (page) => page.click('button[data-open-modal]')],
  ];
  for (const [name, open] of openers) {
    it(`${name} opens search, and a query typed at once finds results`, async () => {
      const { links, before, errors } = await searchBy(open, 'IAMAS');
      expect(before).toEqual([]);
      expect(links).toContain('/data-management/');
      expect(errors).toEqual([]);
    }, 120_000);
  }

  it('says so when the search interface cannot load', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.route(/ui-core/, (route) => route.abort());
      await page.goto(`${server.origin}/remittances/`, { waitUntil: 'load' });
      await page.keyboard.press('Control+k');
      await expect.poll(() => page.locator('#starlight__search [role="status"]').textContent()).toMatch(/could not load/);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('"/" typed in a field is text, not a shortcut', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/remittances/`, { waitUntil: 'load' });
      await page.keyboard.press('Control+k');
      await page.keyboard.type('a/b');
      expect(await page.locator('#starlight__search input').first().inputValue()).toBe('a/b');
    } finally {
      await context.close();
    }
  }, 60_000);
});
