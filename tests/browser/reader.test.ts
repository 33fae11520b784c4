/**
 * The built site in Chromium, as readers meet it: every page passes axe
 * (WCAG 2.2 A/AA) in light and dark, fits a 360 px phone with readable chart
 * text, shows its figures with JavaScript off, logs no errors, requests
 * nothing from other origins, prints sensibly and can be searched.
 * Screenshots go to test-results/browser/.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { removeCopies } from '../build/build-site.ts';
import { sharedBuildToChange } from '../build/shared-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { pagesOf, pagesToVisit, serveDist, type StaticServer } from './static-server.ts';
import { policyOf } from '../../src/site/security-headers-integration.ts';
import { collisionsInPage, EDGE_TOLERANCE, OVERLAP_SHARE, type LabelProblem } from './label-collisions.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = 'test-results/browser';

// The checks that read every page of both languages (about 130) share one visit per width and
// theme: a sweep opens each page once, runs them all and keeps each one's findings apart, and
// each test awaits its sweep and asserts its own findings. The sweeps start together in beforeAll,
// a tab each: a page waiting for the network or for idle time leaves the cores to the others.
// The CSP tests that write an injected page stay one after another.
vi.setConfig({ testTimeout: 1_800_000 });

let browser: Browser;
let server: StaticServer;
let pages: string[];
let dist: string;

const WIDTHS = [1280, 360] as const;
const SCHEMES = ['light', 'dark'] as const;
type Width = (typeof WIDTHS)[number];
type Scheme = (typeof SCHEMES)[number];

/** What one sweep found, per check. */
interface Findings {
  /** axe's violations, and pages whose theme is not the reader's. */
  axe: string[];
  /** Figure labels on each other or cut at the chart's edge, and how many labels were looked at. */
  labels: string[];
  labelled: number;
  /** At 360 px, light: pages wider than the screen, chart text under 11 px. */
  phone: string[];
  /** At 1280 px, light: console errors (a CSP refusal among them) and requests to other origins. */
  console: string[];
}

const sweeps = new Map<string, Promise<Findings>>();

/** The one visit of every page at this width and theme (started in beforeAll). */
function sweep(width: Width, colorScheme: Scheme): Promise<Findings> {
  const key = `${width}-${colorScheme}`;
  let findings = sweeps.get(key);
  if (!findings) {
    findings = visitEveryPage(width, colorScheme);
    // Awaited by the tests; a failure here must not also be an unhandled rejection.
    findings.catch(() => {});
    sweeps.set(key, findings);
  }
  return findings;
}

beforeAll(async () => {
  // It writes an injected page into its dist/: a copy of its own.
  const build = await sharedBuildToChange('browser');
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  dist = build.dist;
  pages = pagesToVisit(pagesOf(build.dist));
  // Each page with the headers dist/_headers gives it, as a host that reads the file serves it.
  server = await serveDist(build.dist, '/', 'dist');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of WIDTHS) for (const colorScheme of SCHEMES) sweep(width, colorScheme);
});

afterAll(async () => {
  await Promise.allSettled(sweeps.values());
  await browser?.close();
  await server?.close();
  removeCopies();
});

/** Opens every page in a fresh context and hands each to `check`. */
async function eachPage(options: BrowserContextOptions, check: (page: Page, pathname: string) => Promise<void>, waitUntil: 'load' | 'networkidle' = 'load', prepare?: (page: Page) => void): Promise<void> {
  const context = await browser.newContext(options);
  // Several tabs share the cores: a long page may take more than Playwright's 30 s.
  context.setDefaultTimeout(120_000);
  try {
    const page = await context.newPage();
    prepare?.(page);
    for (const pathname of pages) {
      await page.goto(`${server.origin}${pathname}`, { waitUntil });
      await check(page, pathname);
    }
  } finally {
    await context.close();
  }
}

const shotName = (pathname: string, variant: string) => `${SHOTS}/${pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${variant}.png`;

async function visitEveryPage(width: Width, colorScheme: Scheme): Promise<Findings> {
  const findings: Findings = { axe: [], labels: [], labelled: 0, phone: [], console: [] };
  const phone = width === 360 && colorScheme === 'light';
  // Console errors are read once, where the page has settled: at 1280 px, light, after network idle.
  const watch = width === 1280 && colorScheme === 'light';
  let current = '';
  const listen = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') findings.console.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => findings.console.push(`${current}: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) findings.console.push(`${current}: request to ${url}`);
    });
  };
  const check = async (page: Page, pathname: string) => {
    // Site pages follow the reader's scheme through Starlight's theme; embed pages are light unless the host asks (embed.test.ts).
    const embed = /^(\/az)?\/figures\/./.test(pathname);
    const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
    if (theme !== (embed ? 'light' : colorScheme)) findings.axe.push(`${pathname}: theme ${theme}`);
    if (embed && (await page.locator('body.embed').count()) !== 1) findings.axe.push(`${pathname}: not an embed page`);
    // Evaluated by the test driver: the page's own CSP would refuse an added inline script.
    await page.evaluate(fs.readFileSync(AXE, 'utf8'));
    const violations = await page.evaluate(
      async (tags) =>
        (await (window as unknown as { axe: { run(node: Node, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        })).violations.map((violation) => `${violation.id} (${violation.nodes.length}×, e.g. ${violation.nodes[0]?.target.join(' ')})`),
      WCAG_TAGS,
    );
    findings.axe.push(...violations.map((violation) => `${pathname}: ${violation}`));

    findings.labelled += await page.locator('figure.report-figure svg.report-chart text').count();
    const collisions: LabelProblem[] = await page.evaluate(collisionsInPage, [OVERLAP_SHARE, EDGE_TOLERANCE] as [number, number]);
    for (const problem of collisions) findings.labels.push(`${pathname}#${problem.figure} ${problem.kind}: ${problem.labels.join(' | ')}`);

    if (phone) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) findings.phone.push(`${pathname}: ${overflow} px wider than the screen`);
      const smallest = await page.evaluate(() => {
        let min = Infinity;
        for (const svg of document.querySelectorAll<SVGSVGElement>('svg.report-chart')) {
          const shown = svg.getBoundingClientRect().width;
          if (shown === 0) continue; // the variant for the other screen size
          const scale = shown / svg.viewBox.baseVal.width;
          for (const text of svg.querySelectorAll('text')) {
            if (!text.textContent?.trim()) continue;
            min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
          }
        }
        return min;
      });
      if (smallest < 11) findings.phone.push(`${pathname}: chart text shown at ${smallest.toFixed(1)} px`);
      await page.screenshot({ path: shotName(pathname, 'phone'), fullPage: true });
    }
    if (width === 1280) await page.screenshot({ path: shotName(pathname, `desktop-${colorScheme}`), fullPage: true });
  };
  await eachPage({ colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 }, async (page, pathname) => {
    current = pathname;
    await check(page, pathname);
  }, watch ? 'networkidle' : 'load', watch ? listen : undefined);
  return findings;
}

describe('accessibility', () => {
  // A phone's width matters too: tables that fit a desktop scroll sideways there.
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      it.concurrent(`axe finds no WCAG 2.2 A/AA violation on any page, ${width} px, ${colorScheme} theme`, async () => {
        expect((await sweep(width, colorScheme)).axe).toEqual([]);
      });
    }
  }

  // One page, and expect.poll, which needs a test of its own: not concurrent.
  it('names and describes every chart, and its data table and notes open from the keyboard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/remittances/`);
    for (const svg of await page.locator('.figure-chart-wide svg.report-chart').all()) {
      expect(await svg.getAttribute('aria-label')).toMatch(/^Figure \d+\.\d+\. /);
      const description = await page.locator(`#${await svg.getAttribute('aria-describedby')}`).textContent();
      expect(description?.length).toBeGreaterThan(40);
    }
    // The data table, and notes folded away, open from the keyboard.
    for (const [folded, content] of [['.figure-data', 'table'], ['details.figure-notes', 'li']]) {
      await page.locator(`#fig-inward-outward ${folded} > summary`).focus();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`#fig-inward-outward ${folded} ${content}`).first().isVisible()).toBe(true);
    }
    await context.close();
  });
});

describe('the cover', () => {
  for (const width of [360, 1280]) {
    it.concurrent(`shows its key-figure and chapter cards whole at ${width} px, readable with JavaScript off`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto(`${server.origin}/`, { waitUntil: 'load' });
        const cards = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.key-figure')].map((card) => {
            const box = card.getBoundingClientRect();
            const chart = card.querySelector('.key-figure-chart svg')?.getBoundingClientRect();
            const value = card.querySelector('.key-figure-value strong') as HTMLElement | null;
            return {
              value: value?.textContent ?? '',
              valueSize: value ? parseFloat(getComputedStyle(value).fontSize) : 0,
              context: card.querySelector('.key-figure-context')?.textContent ?? '',
              source: card.querySelector('.key-figure-source')?.textContent ?? '',
              link: card.querySelector('.key-figure-source a')?.getAttribute('href') ?? '',
              inside: box.left >= 0 && box.right <= window.innerWidth,
              chartShown: !!chart && chart.width > 100 && chart.height > 20 && chart.right <= box.right,
              textFits: card.scrollWidth <= card.clientWidth,
            };
          }),
        );
        expect(cards.length).toBeGreaterThanOrEqual(6);
        expect(cards.length).toBeLessThanOrEqual(8);
        for (const card of cards) {
          expect(card.value, card.context).toMatch(/^[+−-]?\d[\d,.–]*$/);
          expect(card.valueSize, card.value).toBeGreaterThanOrEqual(28);
          expect(card.context.length, card.value).toBeGreaterThan(20);
          expect(card.source, card.value).toMatch(/\d{4}/);
          expect(card).toMatchObject({ inside: true, chartShown: true, textFits: true });
          // The link leads to a figure that exists.
          const [pathname, anchor] = card.link.split('#');
          const html = fs.readFileSync(path.join(dist, pathname as string, 'index.html'), 'utf8');
          expect(html, card.link).toContain(`id="${anchor}"`);
        }
        const chapters = await page.locator('.chapter-cards a').evaluateAll((links) => links.map((link) => ({ text: link.textContent ?? '', right: link.getBoundingClientRect().right })));
        expect(chapters.length).toBeGreaterThanOrEqual(6);
        for (const chapter of chapters) {
          expect(chapter.text).toContain('?');
          expect(chapter.right).toBeLessThanOrEqual(width);
        }
        await page.screenshot({ path: `${SHOTS}/cover-${width}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    });
  }
});

describe('phones', () => {
  it.concurrent('no page scrolls sideways at 360 px, and chart text is at least 11 px as displayed', async () => {
    expect((await sweep(360, 'light')).phone).toEqual([]);
  });
});

describe('figure labels', () => {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      it.concurrent(`no label of any figure lies on another or sticks out of its chart at ${width} px, ${colorScheme} theme`, async () => {
        const { labels, labelled } = await sweep(width, colorScheme);
        expect(labelled, 'the pages hold figure labels to check').toBeGreaterThan(1000);
        expect(labels).toEqual([]);
      });
    }
  }
});

describe('without and with JavaScript', () => {
  it.concurrent('shows every figure, table and link with JavaScript off', async () => {
    const problems: string[] = [];
    await eachPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } }, async (page, pathname) => {
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll('figure.report-figure')].map((figure) => ({
          id: figure.id,
          drawn: [...figure.querySelectorAll('svg.report-chart, .figure-timeline')].some((chart) => chart.getBoundingClientRect().height > 50),
          table: figure.querySelector('table') !== null,
        })),
      );
      for (const figure of figures.filter((f) => !f.drawn || !f.table)) problems.push(`${pathname}#${figure.id}: ${figure.drawn ? '' : 'not drawn '}${figure.table ? '' : 'no table'}`);
    });
    expect(problems).toEqual([]);
  });

  it.concurrent('logs no console error under the policy of dist/_headers, and requests nothing outside its own origin', async () => {
    const { console: problems } = await sweep(1280, 'light');
    expect(problems.filter((problem) => !problem.includes('/404.html: console error: Failed to load resource'))).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  const policy = () => policyOf(fs.readFileSync(path.join(dist, '_headers'), 'utf8'));

  it('allows inline scripts only by hash', () => {
    const scriptSrc = policy().split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  });

  /**
   * Serves dist/ (with `headers`) plus `injected.html`: the chapter page with one
   * script the build did not write, as an injection would add. Opens it, checks
   * that the script was blocked, then runs `more`; returns the console errors
   * logged after the block.
   */
  async function withInjectedPage(headers: Record<string, string>, more: (page: Page, origin: string, response: Response | null) => Promise<void>): Promise<string[]> {
    const page0 = fs.readFileSync(path.join(dist, 'remittances/index.html'), 'utf8');
    fs.writeFileSync(path.join(dist, 'injected.html'), page0.replace('</body>', '<script>window.injected = true;</script></body>'));
    const server = await serveDist(dist, '/', headers);
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    try {
      const response = await page.goto(`${server.origin}/injected.html`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
      expect(problems.some((problem) => problem.includes('Content Security Policy'))).toBe(true);
      problems.length = 0;
      await more(page, server.origin, response);
    } finally {
      await context.close();
      await server.close();
      fs.rmSync(path.join(dist, 'injected.html'));
    }
    return problems;
  }

  async function searchFindsIamas(page: Page): Promise<void> {
    await page.click('button[data-open-modal]');
    await page.keyboard.type('IAMAS');
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }

  // Every page under that policy, with no console error, is the sweep's check above.
  it('the search works under the policy of dist/_headers, and an injected script does not run', async () => {
    const problems = await withInjectedPage({ 'Content-Security-Policy': policy() }, async (page, origin) => {
      await page.goto(`${origin}/remittances/`, { waitUntil: 'networkidle' });
      await searchFindsIamas(page);
    });
    expect(problems).toEqual([]);
  });

  it('a page served with no headers at all, as S3 or GitHub Pages serve it, blocks an injected script by its own <meta> policy, and search still works', async () => {
    expect(fs.readFileSync(path.join(dist, 'remittances/index.html'), 'utf8')).toMatch(
      /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/?><meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-/,
    );
    const problems = await withInjectedPage({}, async (page, origin, response) => {
      expect(response?.headers()['content-security-policy']).toBeUndefined();
      await page.goto(`${origin}/remittances/`, { waitUntil: 'networkidle' });
      await searchFindsIamas(page);
    });
    expect(problems).toEqual([]);
  });
});

describe('figure embed pages', () => {
  it('an embed page shows its figure in an iframe on another site; a chapter page refuses to be framed', async () => {
    const site = await serveDist(dist, '/', 'dist');
    // Another origin (another port) that embeds one figure page and one chapter page.
    const embedId = 'inward-outward';
    const host = http.createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>host</title>
        <iframe name="figure" src="${site.origin}/figures/${embedId}/" title="figure" width="700" height="700"></iframe>
        <iframe name="chapter" src="${site.origin}/remittances/" title="chapter" width="700" height="700"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refused.push(message.text());
    });
    try {
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`, { waitUntil: 'load' });
      const figure = page.frame({ name: 'figure' });
      await expect.poll(() => figure?.locator(`#fig-${embedId} svg[role="img"]`).count() ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await figure?.locator('h1').textContent()).toContain('Remittances');
      expect(await figure?.locator('.embed-footer a').getAttribute('href')).toBe(`/remittances/#fig-${embedId}`);
      await expect.poll(() => refused.length, { timeout: 30_000 }).toBeGreaterThan(0);
      // Only the chapter page is refused: the figure frame drew its chart above.
      expect(refused.every((text) => text.includes("frame-ancestors 'none'"))).toBe(true);
      expect(await page.frame({ name: 'chapter' })?.locator('.report-figure').count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/embed-on-another-site.png` });
    } finally {
      await context.close();
      await new Promise<void>((resolve) => host.close(() => resolve()));
      await site.close();
    }
  });
});

describe('dark mode', () => {
  it('charts take their colours from the theme', async () => {
    const colours: Record<string, { mark: string; text: string }> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.origin}/remittances/`);
      colours[colorScheme] = await page.evaluate(() => {
        const svg = document.querySelector('#fig-inward-components .figure-chart-wide svg') as SVGSVGElement;
        return { mark: getComputedStyle(svg.querySelector('rect') as Element).fill, text: getComputedStyle(svg.querySelector('text') as Element).fill };
      });
      await context.close();
    }
    expect(colours.light?.mark).not.toBe(colours.dark?.mark);
    expect(colours.light?.text).not.toBe(colours.dark?.text);
  });
});

describe('print', () => {
  it('hides navigation, keeps each chart whole with its heading, prints data tables, notes and link targets', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/remittances/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      sidebar: document.querySelector('nav.sidebar, #starlight__sidebar')?.checkVisibility() ?? false,
      header: document.querySelector('header')?.checkVisibility() ?? false,
      // A figure may break between its chart and its table (print.css); the chart never breaks, nor leaves its heading.
      chartBreakInside: getComputedStyle(document.querySelector('.report-figure .figure-chart') as Element).breakInside,
      headingBreakAfter: getComputedStyle(document.querySelector('.report-figure .figure-heading') as Element).breakAfter,
      // Paper gets each figure's compact table in place of the full one (the screen's).
      tablesShown: [...document.querySelectorAll('.figure-paper-table')].map((table) => table.checkVisibility()),
      fullTablesShown: [...document.querySelectorAll('.figure-data table')].some((table) => table.checkVisibility()),
      foldedNotes: document.querySelectorAll('details.figure-notes').length,
      notesShown: [...document.querySelectorAll('.figure-notes li')].every((note) => note.checkVisibility()),
      // A glossary term prints as plain words (its definition is in the glossary), not with its address.
      linkTarget: getComputedStyle(document.querySelector('main a[href^="/"]:not(.term-link)') as Element, '::after').content,
      termTarget: getComputedStyle(document.querySelector('main a.term-link') as Element, '::after').content,
      termDefinitionShown: document.querySelector('main .term-definition')?.checkVisibility() ?? true,
      series: getComputedStyle(document.documentElement).getPropertyValue('--fig-series-1').trim(),
    }));
    expect(printed.tablesShown.length).toBeGreaterThan(0);
    expect(printed.tablesShown.every(Boolean)).toBe(true);
    expect(printed).toMatchObject({ sidebar: false, header: false, chartBreakInside: 'avoid', headingBreakAfter: 'avoid', fullTablesShown: false, notesShown: true, series: '#1f5fa6', termTarget: 'none', termDefinitionShown: false });
    // The chapter has folded notes, so the check above covers them.
    expect(printed.foldedNotes).toBeGreaterThan(0);
    expect(printed.linkTarget).toMatch(/^" \(" attr\(href\) "\)"$|^" \(\/.*\)"$/);
    await page.pdf({ path: `${SHOTS}/remittances.pdf`, format: 'A4', printBackground: true });
    expect(fs.statSync(`${SHOTS}/remittances.pdf`).size).toBeGreaterThan(50_000);
    await context.close();
  });
});

// Run in the page as a string: written as a function, the test runner would
// rewrite its dynamic import() for Node.
const SEARCH = (query: string) => `(async () => {
  const pagefind = await import(location.origin + '/pagefind/pagefind.js');
  await pagefind.init();
  const search = await pagefind.search(${JSON.stringify(query)});
  return Promise.all(search.results.map(async (result) => (await result.data()).url));
})()`;

/** Pagefind searches the index of the page's language: `from` is the page the reader searches on. */
async function search(query: string, from = '/'): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}${from}`);
  const urls = (await page.evaluate(SEARCH(query))) as string[];
  await context.close();
  return urls;
}

describe('search', () => {
  it('finds chapters, figures and datasets', async () => {
    expect(await search('remittances')).toContain('/remittances/');
    expect(await search('IAMAS')).toContain('/data-management/');
    expect(await search('Pakistan')).toContain('/irregular-migration/');
    // A figure title, and a dataset title that appears only in the catalogue.
    expect(await search('Inward remittances by component')).toContain('/remittances/');
    expect(await search('deported in 2011 by country of origin')).toContain('/data/');
  });

  it('finds Azerbaijani pages when the reader searches on an Azerbaijani page, and only those', async () => {
    const found = await search('pul köçürmələri', '/az/');
    expect(found).toContain('/az/remittances/');
    expect(found.filter((url) => !url.startsWith('/az/'))).toEqual([]);
    expect(await search('remittances', '/az/')).not.toContain('/remittances/');
  });
});
