/**
 * What Chromium fetches for a page at first view: every response from opening
 * the page in a fresh context (nothing cached) until five seconds after its load
 * event, with no interaction. Shared by the browser test and the bench, so the
 * budget the test checks and the table the bench prints count the same bytes.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const QUIET_MS = 5_000;

export interface Fetched {
  /** Path and query on the site, e.g. "/_astro/page.js". */
  path: string;
  /** What Chromium says it is: document, stylesheet, script, font, image, fetch… */
  resourceType: string;
  /** Bytes of the body as served (the static server sends files uncompressed). */
  raw: number;
  /** The same body gzipped at level 9, as a static host with gzip would send it. */
  gzip: number;
}

export const gzipSize = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

/** Records every response of `page` into `into`; returns a function that waits for the bodies. */
export function recordResponses(page: Page, origin: string, into: Fetched[]): () => Promise<void> {
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    reading.push(
      (async () => {
        const url = new URL(response.url());
        if (url.origin !== origin) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        into.push({ path: url.pathname + url.search, resourceType: response.request().resourceType(), raw: body.length, gzip: gzipSize(body) });
      })(),
    );
  });
  return async () => {
    await Promise.all(reading);
  };
}

/** Opens `pathname` in a fresh context and returns what it fetched up to QUIET_MS after load. */
export async function firstView(browser: Browser, origin: string, pathname: string, viewport = { width: 1280, height: 900 }): Promise<Fetched[]> {
  const context = await browser.newContext({ viewport });
  // Pages are opened several at a time on a busy machine: more than Playwright's 30 s to load.
  context.setDefaultTimeout(120_000);
  try {
    const page = await context.newPage();
    const fetched: Fetched[] = [];
    const bodies = recordResponses(page, origin, fetched);
    await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    await bodies();
    return fetched.sort((a, b) => a.path.localeCompare(b.path));
  } finally {
    await context.close();
  }
}

export const isScript = (fetched: Fetched): boolean => fetched.resourceType === 'script' || /\.m?js(\?|$)/.test(fetched.path);
export const sum = (list: Fetched[], field: 'raw' | 'gzip' = 'gzip'): number => list.reduce((total, item) => total + item[field], 0);
