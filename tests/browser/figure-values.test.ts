/**
 * Values on demand: hovering a bar, tabbing into a chart and pressing the
 * arrow keys, or tapping a mark on a touch screen shows what that mark is and
 * its value as the figure's table gives them, with the unit of the table's
 * caption, in the page's language, the same text each way, never over the
 * mark's own value label, under the site's own CSP, with no
 * script error and no axe violation while the value shows. With JavaScript
 * off the figure is exactly the markup that was built. The script is inlined
 * only on pages with figures and weighs at most 3 KB gzip.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { removeCopies } from '../build/build-site.ts';
import { sharedBuild } from '../build/shared-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveDist, type StaticServer } from './static-server.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCRIPT_BUDGET_GZIP = 3 * 1024;
const SHOTS = 'test-results/browser';
const TIP = '.figure-value-tip';
const SCRIPT_MARK = 'figure-value-tip';

let browser: Browser;
let server: StaticServer;
let dist: string;

beforeAll(async () => {
  const build = await sharedBuild();
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  dist = build.dist;
  // Served with the headers of dist/_headers, so the page runs under its real CSP.
  server = await serveDist(build.dist, '/', 'dist');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeCopies();
});

interface Opened {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

async function open(pathname: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

/** The figure's table as rows of { column header: cell text }. */
async function tableRows(page: Page, anchor: string): Promise<Record<string, string>[]> {
  return page.locator(`#${anchor} .figure-data table`).evaluate((table) => {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    return [...table.querySelectorAll('tbody tr')].map((tr) => Object.fromEntries([...tr.querySelectorAll('td')].map((td, index) => [headers[index] ?? '', td.textContent?.trim() ?? ''])));
  });
}

/** The unit the figure's table gives in its caption: "Figure 2. Title, 2002 (per cent)" -> "per cent". */
async function tableUnit(page: Page, anchor: string): Promise<string> {
  const caption = (await page.locator(`#${anchor} .figure-data table caption`).textContent()) ?? '';
  return caption.trim().match(/\(([^()]*)\)$/)?.[1] ?? '';
}

const tipText = (page: Page) => page.locator(TIP).evaluate((tip) => (tip.classList.contains('is-shown') ? (tip.textContent ?? '') : ''));

/** axe on the whole page, or on one part of it (`within`, a CSS selector). */
async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated by the test driver: the site's CSP would refuse an added inline script.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  return page.evaluate(
    async ([tags, within]) =>
      (await (window as unknown as { axe: { run(node: Node, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(within ? document.querySelector(within)! : document, {
        runOnly: { type: 'tag', values: tags },
      })).violations.map((violation) => `${violation.id} (${violation.nodes.length}×, e.g. ${violation.nodes[0]?.target.join(' ')})`),
    [WCAG_TAGS, within] as const,
  );
}

describe('hover', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`hovering a bar shows its answer and share as in the table, ${colorScheme} theme, and axe stays at 0`, async () => {
      const anchor = 'fig-moscow-2002-muscovites';
      const { page, errors, close } = await open('/abroad/', { colorScheme });
      try {
        const rows = await tableRows(page, anchor);
        const unit = await tableUnit(page, anchor);
        expect(unit).toBe('per cent');
        const bars = page.locator(`#${anchor} .figure-chart-wide svg rect[data-tip]`);
        expect(await bars.count()).toBe(rows.length);
        await bars.nth(2).scrollIntoViewIfNeeded();
        await bars.nth(2).hover();
        const shown = await tipText(page);
        const expected = rows.map((row) => `${row['Answer option']}: ${row['Share of respondents (%)']} ${unit}`);
        expect(expected).toContain(shown);
        // The tooltip covers neither the bar nor the value written at its end.
        const value = rows[expected.indexOf(shown)]!['Share of respondents (%)']!;
        const tip = (await page.locator(TIP).boundingBox())!;
        const bar = (await bars.nth(2).boundingBox())!;
        const labels = await page.locator(`#${anchor} .figure-chart-wide svg text`).evaluateAll((texts, value) => texts.filter((text) => text.textContent?.trim() === value).map((text) => text.getBoundingClientRect().toJSON() as DOMRect), value);
        const own = labels.filter((label) => label.y < bar.y + bar.height && label.y + label.height > bar.y);
        expect(own.length).toBe(1);
        for (const box of [bar, ...own]) expect(overlaps(tip, box), JSON.stringify({ tip, box })).toBe(false);
        // The hovered bar stands out; the others fade.
        expect(await bars.nth(2).evaluate((bar) => bar.classList.contains('is-current') && getComputedStyle(bar).opacity === '1')).toBe(true);
        expect(await bars.nth(0).evaluate((bar) => Number(getComputedStyle(bar).opacity))).toBeLessThan(1);
        await page.screenshot({ path: `${SHOTS}/figure-values-hover-1280-${colorScheme}.png` });
        expect(await axeViolations(page)).toEqual([]);
        // Moving off the chart puts the value away.
        await page.mouse.move(5, 5);
        expect(await tipText(page)).toBe('');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 120_000);

    it(`on a 360 px phone, tapping a bar of the narrow chart shows its value, ${colorScheme} theme`, async () => {
      const anchor = 'fig-moscow-2002-muscovites';
      const { page, errors, close } = await open('/abroad/', { colorScheme, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
      try {
        const rows = await tableRows(page, anchor);
        const unit = await tableUnit(page, anchor);
        const bars = page.locator(`#${anchor} .figure-chart-narrow svg rect[data-tip]`);
        await bars.nth(3).scrollIntoViewIfNeeded();
        await bars.nth(3).tap();
        const shown = await tipText(page);
        expect(rows.map((row) => `${row['Answer option']}: ${row['Share of respondents (%)']} ${unit}`)).toContain(shown);
        // The tooltip stays on screen.
        const box = await page.locator(TIP).boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360);
        await page.screenshot({ path: `${SHOTS}/figure-values-tap-360-${colorScheme}.png` });
        // The figure and the tooltip; the whole page is checked at 1280 px above.
        expect(await axeViolations(page, `#${anchor}`)).toEqual([]);
        expect(await axeViolations(page, TIP)).toEqual([]);
        // A tap elsewhere on the page puts it away.
        await page.locator(`#${anchor} .figure-description`).tap();
        expect(await tipText(page)).toBe('');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 120_000);
  }
});

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the tooltip and the chart\'s own labels', () => {
  it('hovering each dot of a dot chart leaves its value label, written above it, uncovered', async () => {
    const anchor = 'fig-totals-compared';
    const { page, errors, close } = await open('/displacement/');
    try {
      const dots = page.locator(`#${anchor} .figure-chart-wide svg [data-tip]`);
      const count = await dots.count();
      expect(count).toBeGreaterThan(1);
      for (let index = 0; index < count; index += 1) {
        await dots.nth(index).scrollIntoViewIfNeeded();
        await dots.nth(index).hover();
        const shown = await tipText(page);
        // The dot's own label: the chart's text nearest to it that writes its number.
        const dot = (await dots.nth(index).boundingBox())!;
        const value = shown.split(': ')[1]!.split(' ')[0]!;
        const labels = await page.locator(`#${anchor} .figure-chart-wide svg text`).evaluateAll((texts, value) => texts.filter((text) => text.textContent?.trim() === value).map((text) => text.getBoundingClientRect().toJSON() as DOMRect), value);
        const distance = (box: DOMRect) => Math.hypot(box.x + box.width / 2 - (dot.x + dot.width / 2), box.y + box.height / 2 - (dot.y + dot.height / 2));
        const own = labels.sort((a, b) => distance(a) - distance(b))[0];
        expect(own, shown).toBeDefined();
        const tip = (await page.locator(TIP).boundingBox())!;
        expect(overlaps(tip, own!), `${shown}: ${JSON.stringify({ tip, own })}`).toBe(false);
        expect(overlaps(tip, dot), shown).toBe(false);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});

describe('in Azerbaijani', () => {
  it('hover, tap and the keyboard give the same text for a mark: its year, what it is, the number as Azerbaijani writes it and the translated unit', async () => {
    const anchor = 'fig-net-migration';
    const desktop = await open('/az/legal-migration/');
    const phone = await open('/az/legal-migration/', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    try {
      const rows = await tableRows(desktop.page, anchor);
      const unit = await tableUnit(desktop.page, anchor);
      expect(unit).toBe('min nəfər');
      const first = rows[0]!;
      const expected = `${first['İl']}, Miqrasiya saldosu (min): ${first['Miqrasiya saldosu (min)']} ${unit}`;
      expect(expected).toMatch(/^1990, Miqrasiya saldosu \(min\): -\d+,\d min nəfər$/);

      const dots = desktop.page.locator(`#${anchor} .figure-chart-wide svg circle[data-tip]`);
      await dots.first().scrollIntoViewIfNeeded();
      await dots.first().hover();
      const hovered = await tipText(desktop.page);
      await desktop.page.mouse.move(5, 5);
      await desktop.page.locator(`#${anchor} .figure-heading a`).focus();
      await desktop.page.keyboard.press('Tab');
      await desktop.page.keyboard.press('Home');
      const keyed = await tipText(desktop.page);

      const narrowDots = phone.page.locator(`#${anchor} .figure-chart-narrow svg circle[data-tip]`);
      await narrowDots.first().scrollIntoViewIfNeeded();
      await narrowDots.first().tap();
      const tapped = await tipText(phone.page);

      expect({ hovered, keyed, tapped }).toEqual({ hovered: expected, keyed: expected, tapped: expected });
      expect([...desktop.errors, ...phone.errors]).toEqual([]);
    } finally {
      await desktop.close();
      await phone.close();
    }
  }, 120_000);
});

describe('keyboard', () => {
  it('Tab reaches the chart as one image with its name; the arrow keys go through the years in order, as in the table', async () => {
    const anchor = 'fig-net-migration';
    const { page, errors, close } = await open('/legal-migration/');
    try {
      const rows = await tableRows(page, anchor);
      const unit = await tableUnit(page, anchor);
      const chart = page.locator(`#${anchor} .figure-chart-wide svg`);
      // Tab from the element just before the chart: the chart is the next stop.
      await page.locator(`#${anchor} .figure-heading a`).focus();
      await page.keyboard.press('Tab');
      expect(await chart.evaluate((svg) => document.activeElement === svg)).toBe(true);
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toMatch(/^Figure \d+\.\d+\. Net migration/);
      const shown: string[] = [];
      for (let step = 0; step < rows.length; step += 1) {
        await page.keyboard.press('ArrowRight');
        shown.push(await tipText(page));
      }
      expect(shown).toEqual(rows.map((row) => `${row['Year']}, Net migration (thousands): ${row['Net migration (thousands)']} ${unit}`));
      // At the last value ArrowRight stays; ArrowLeft and Home go back.
      await page.keyboard.press('ArrowRight');
      expect(await tipText(page)).toBe(shown[shown.length - 1]);
      await page.keyboard.press('ArrowLeft');
      expect(await tipText(page)).toBe(shown[shown.length - 2]);
      await page.keyboard.press('Home');
      expect(await tipText(page)).toBe(shown[0]);
      // The tooltip is a polite live region, so the value is announced.
      expect(await page.locator(TIP).getAttribute('role')).toBe('status');
      await page.screenshot({ path: `${SHOTS}/figure-values-keyboard-1280-light.png` });
      await page.keyboard.press('Escape');
      expect(await tipText(page)).toBe('');
      // Tab moves on out of the chart (one stop, not one per mark).
      await page.keyboard.press('Tab');
      expect(await chart.evaluate((svg) => document.activeElement === svg || svg.contains(document.activeElement))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it('a route on a map, reached by the keyboard, names its countries and kind as in the table', async () => {
    const anchor = 'fig-routes-map';
    const { page, errors, close } = await open('/trafficking/');
    try {
      const rows = await tableRows(page, anchor);
      await page.locator(`#${anchor} .figure-chart-wide svg`).focus();
      await page.keyboard.press('ArrowRight');
      const shown = await tipText(page);
      const routes = rows.map((row) => Object.values(row));
      expect(shown).toMatch(/ → /);
      const [from, to] = shown.split(/ → | \(/);
      expect(routes.some((cells) => cells.includes(from!) && cells.includes(to!))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});

describe('without JavaScript', () => {
  it('each figure is the markup that was built: marks keep their titles, no tab stop, no tooltip', async () => {
    const html = fs.readFileSync(path.join(dist, 'abroad', 'index.html'), 'utf8');
    const { page, errors, close } = await open('/abroad/', { javaScriptEnabled: false });
    try {
      const built = html.match(/<svg[^>]*class="report-chart"[\s\S]*?<\/svg>/g) ?? [];
      const shown = await page.locator('svg.report-chart').evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML));
      expect(shown.length).toBe(built.length);
      expect(shown.length).toBeGreaterThan(0);
      // Serialised again by the browser; compare what matters: the same marks and titles, nothing added.
      const titles = (markup: string) => [...markup.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]);
      expect(shown.map(titles)).toEqual(built.map(titles));
      expect(shown.some((markup) => /tabindex|data-tip|is-current/.test(markup))).toBe(false);
      expect(await page.locator(TIP).count()).toBe(0);
      expect(await page.locator('#fig-moscow-2002-muscovites .figure-data table tbody tr').count()).toBe(7);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it('with JavaScript, the chart is still one image: no mark is a tab stop or an accessible name of its own', async () => {
    const { page, close } = await open('/abroad/');
    try {
      const stops = await page.locator('svg.report-chart [tabindex], svg.report-chart [aria-label], svg.report-chart title').count();
      expect(stops).toBe(0);
      expect(await page.locator('svg.report-chart[tabindex="0"][role="img"][aria-label][aria-describedby]').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  }, 120_000);
});

describe('the script', () => {
  it('is inlined only on pages with figures and weighs at most 3 KB gzip', () => {
    const scriptOf = (file: string) => {
      const html = fs.readFileSync(path.join(dist, file), 'utf8');
      return [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').find((text) => text.includes(SCRIPT_MARK));
    };
    const script = scriptOf('abroad/index.html');
    expect(script).toBeDefined();
    const gzip = gzipSync(script!, { level: 9 }).length;
    console.log(`figure values script: ${Buffer.byteLength(script!)} bytes, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIP);
    // A page without figures does not carry it.
    expect(scriptOf('sources-and-methods/index.html')).toBeUndefined();
    expect(fs.readFileSync(path.join(dist, 'sources-and-methods', 'index.html'), 'utf8')).not.toContain('class="report-figure');
  });
});
