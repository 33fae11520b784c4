/**
 * What a page costs a reader, measured as the browser measures it: every
 * response Chromium receives from opening the page in a fresh context (nothing
 * cached) until five seconds after its load event, with no interaction (HTML,
 * CSS, JS, fonts, images, JSON, wasm, anything else). Each body is weighed by
 * its gzip size (level 9) computed from the bytes served, as a static host with
 * gzip would send it; the test server itself sends files uncompressed.
 *
 * Beside it, a static count read from the HTML (the stylesheets it links, the
 * scripts it runs and their static imports) shows what a reading of the HTML
 * alone would miss; the bench prints any gap between the two.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { pagesOf, serveDist } from '../browser/static-server.ts';
import { firstView, recordResponses, sum, type Fetched } from '../browser/first-view.ts';
import { staticCount } from '../../src/bench/page-weight.ts';

export const KINDS = ['html', 'css', 'js', 'font', 'image', 'json', 'wasm', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface PageWeight {
  page: string;
  /** Gzip bytes by kind, of everything fetched at first view. */
  gzip: Record<Kind, number>;
  total: number;
  fetched: Fetched[];
  /** The static count from the HTML, for the gap. */
  staticTotal: number;
  /** Files the browser fetched that the static count does not know of, and the reverse. */
  onlyInBrowser: string[];
  onlyInStatic: string[];
}

export interface LaterLoad {
  interaction: string;
  fetched: Fetched[];
  total: number;
}

export function kindOf(fetched: Fetched): Kind {
  const file = fetched.path.split('?')[0] ?? '';
  if (fetched.resourceType === 'document' || file.endsWith('/') || file.endsWith('.html')) return 'html';
  if (fetched.resourceType === 'stylesheet' || file.endsWith('.css')) return 'css';
  if (fetched.resourceType === 'script' || /\.m?js$/.test(file)) return 'js';
  if (fetched.resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  if (fetched.resourceType === 'image' || /\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(file)) return 'image';
  if (file.endsWith('.json')) return 'json';
  // Pagefind names its WebAssembly "wasm.<language>.pagefind".
  if (file.endsWith('.wasm') || /\/wasm\.[^/]*\.pagefind$/.test(file)) return 'wasm';
  return 'other';
}

/** Opens every page of `dist` in Chromium and weighs what it fetches at first view. */
export async function pageWeights(dist: string): Promise<{ pages: PageWeight[]; later: LaterLoad[] }> {
  const server = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const pages: PageWeight[] = [];
    const paths = pagesOf(dist);
    // Three at a time: each page waits five seconds after its load event.
    for (let start = 0; start < paths.length; start += 3) {
      pages.push(...(await Promise.all(paths.slice(start, start + 3).map((page) => weighPage(browser, server.origin, dist, page)))));
    }
    const later = [await searchLoad(browser, server.origin)];
    return { pages, later };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function weighPage(browser: Browser, origin: string, dist: string, page: string): Promise<PageWeight> {
  const fetched = await firstView(browser, origin, page);
  const gzip = Object.fromEntries(KINDS.map((kind) => [kind, sum(fetched.filter((item) => kindOf(item) === kind))])) as Record<Kind, number>;
  const fromHtml = staticCount(dist, page);
  const browserFiles = new Set(fetched.map((item) => (kindOf(item) === 'html' && item.path === page ? page : item.path)));
  return {
    page,
    gzip,
    total: sum(fetched),
    fetched,
    staticTotal: [...fromHtml.values()].reduce((a, b) => a + b, 0),
    onlyInBrowser: [...browserFiles].filter((file) => !fromHtml.has(file)).sort(),
    onlyInStatic: [...fromHtml.keys()].filter((file) => !browserFiles.has(file)).sort(),
  };
}

/** What opening search fetches: Ctrl-K on a chapter, then a query. */
async function searchLoad(browser: Browser, origin: string): Promise<LaterLoad> {
  const context = await browser.newContext();
  try {
    const page: Page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForTimeout(1_000);
    const fetched: Fetched[] = [];
    const bodies = recordResponses(page, origin, fetched);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('migration');
    await page.locator('#starlight__search a.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(2_000);
    await bodies();
    fetched.sort((a, b) => a.path.localeCompare(b.path));
    return { interaction: 'opening search (button, its focus, Ctrl/Cmd-K or "/") and typing a query', fetched, total: sum(fetched) };
  } finally {
    await context.close();
  }
}
