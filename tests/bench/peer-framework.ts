/**
 * One run, side by side (`npm run bench -- --peer`): the five remittance charts
 * as our site serves them and as a minimal Observable Framework page serves
 * them, both weighed as the bench weighs our pages (first-view.ts: everything
 * Chromium fetches until 5 s after load, gzip), both served by the tests'
 * static server, plus the charts a reader sees with JavaScript off.
 *
 * Framework never enters the project's dependencies: it is installed from the
 * npm registry into a folder under os.tmpdir() named by its version and
 * Plot's, and that folder is reused by later runs. When the install or the
 * build fails, the result says which step, the error and the address it
 * could not reach, and the bench goes on.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { serveDist } from '../browser/static-server.ts';
import { firstView, isScript, QUIET_MS, sum } from '../browser/first-view.ts';
import { PEER_CHARTS, PEER_CONFIG, PEER_CSVS, PEER_MARKDOWN } from './peer-page.ts';

export const FRAMEWORK_VERSION = '1.13.4';
const FRAMEWORK = '@observablehq/framework';

export interface SideWeight {
  /** Gzip bytes of everything fetched at first view, and of its scripts. */
  total: number;
  js: number;
  responses: number;
  chartsWithJs: number;
  chartsWithoutJs: number;
  /** Requests to any other host (not reachable here, so not weighed). */
  otherHosts: string[];
}

export type PeerResult =
  | { ok: true; ours: SideWeight; framework: SideWeight; installDir: string; installed: 'reused' | 'now'; installSeconds: number; buildSeconds: number }
  | { ok: false; step: string; error: string };

/** Builds the peer page and weighs it beside `ourPage` of the built site `ourDist`. */
export async function comparePeer(projectRoot: string, ourDist: string, ourPage = '/remittances/'): Promise<PeerResult> {
  const plotVersion = packageVersion(path.join(projectRoot, 'node_modules/@observablehq/plot'));
  const dir = path.join(os.tmpdir(), `bench-peer-framework-${FRAMEWORK_VERSION}-plot-${plotVersion}`);
  const installStarted = performance.now();
  const install = installFramework(dir, plotVersion);
  const installSeconds = (performance.now() - installStarted) / 1000;
  if (!install.ok) return { ok: false, step: `installing ${FRAMEWORK}@${FRAMEWORK_VERSION} into ${dir}`, error: install.error };

  writePage(dir, path.join(projectRoot, 'data/remittances'));
  const started = performance.now();
  const built = spawnSync(process.execPath, [path.join(dir, 'node_modules', FRAMEWORK, 'dist/bin/observable.js'), 'build'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  const buildSeconds = (performance.now() - started) / 1000;
  if (built.status !== 0 || !fs.existsSync(path.join(dir, 'dist/index.html'))) {
    return { ok: false, step: `building the page with Framework ${FRAMEWORK_VERSION} in ${dir}`, error: failureOf(`${built.stdout ?? ''}\n${built.stderr ?? ''}${built.error ? `\n${built.error.message}` : ''}`) };
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const ours = await weighSide(browser, ourDist, ourPage);
    const framework = await weighSide(browser, path.join(dir, 'dist'), '/');
    return { ok: true, ours, framework, installDir: dir, installed: install.reused ? 'reused' : 'now', installSeconds, buildSeconds };
  } finally {
    await browser.close();
  }
}

function packageVersion(packageDir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Installs Framework, Plot and d3-dsv into `dir` unless an earlier run left a complete install there. */
function installFramework(dir: string, plotVersion: string): { ok: true; reused: boolean } | { ok: false; error: string } {
  const done = path.join(dir, '.installed');
  if (fs.existsSync(done)) return { ok: true, reused: true };
  // Into a fresh folder beside it, renamed when complete, so a broken install is never reused.
  const partial = `${dir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  fs.writeFileSync(
    path.join(partial, 'package.json'),
    `${JSON.stringify({ private: true, type: 'module', dependencies: { [FRAMEWORK]: FRAMEWORK_VERSION, '@observablehq/plot': plotVersion, 'd3-dsv': '3' } }, null, 2)}\n`,
  );
  // npm run's own settings point at the project; the install must not.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config_(local_)?prefix|package_|lifecycle_)/i.test(key)));
  const npm = process.env.npm_execpath ? [process.env.npm_node_execpath ?? process.execPath, process.env.npm_execpath] : ['npm'];
  const result = spawnSync(npm[0] as string, [...npm.slice(1), 'install', '--prefix', partial, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: partial,
    env,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) {
    fs.rmSync(partial, { recursive: true, force: true });
    return { ok: false, error: failureOf(`${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`) };
  }
  fs.writeFileSync(path.join(partial, '.installed'), `${FRAMEWORK}@${FRAMEWORK_VERSION}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
  return { ok: true, reused: false };
}

/** The page and its CSVs, written afresh each run; the previous build is removed. */
function writePage(dir: string, dataDir: string): void {
  for (const stale of ['dist', 'src']) fs.rmSync(path.join(dir, stale), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/data'), { recursive: true });
  for (const csv of PEER_CSVS) fs.copyFileSync(path.join(dataDir, csv), path.join(dir, 'src/data', csv));
  fs.writeFileSync(path.join(dir, 'src/index.md'), PEER_MARKDOWN);
  fs.writeFileSync(path.join(dir, 'observablehq.config.js'), PEER_CONFIG);
}

/** The lines of a failed command's output that say what failed, with every address it names. */
export function failureOf(output: string): string {
  // Framework ends every failure with where to report a bug: not what failed.
  // Stack frames say where in the tool, not what failed.
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/file an issue|github\.com\/observablehq\/framework\/issues/.test(line) && !/^(npm error\s+)?at\s/.test(line));
  // npm starts every line of its report with "npm error"; what follows it is what tells.
  const says = (line: string, pattern: RegExp) => pattern.test(line.replace(/^npm error\s*/, ''));
  const failing = /error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|fetch failed/i;
  const first = lines.findIndex((line) => says(line, failing));
  // The line before the first error names the step (for Framework, the module it was loading).
  const telling = first < 0 ? [] : [lines[first - 1] ?? '', ...lines.slice(first).filter((line) => says(line, failing) || says(line, /https?:\/\//))].filter(Boolean);
  const urls = [...new Set(lines.join('\n').match(/https?:\/\/[^\s'"`)]+/g) ?? [])];
  const hosts = [...new Set([...output.matchAll(/(?:getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|connect (?:ECONNREFUSED|ETIMEDOUT))[ \t]+([\w.:-]+)/g)].map((match) => match[1]))];
  return [
    ...(telling.length ? telling : lines.slice(-5)).slice(0, 12),
    ...(urls.length ? [`addresses in the output: ${urls.join(', ')}`] : []),
    ...(hosts.length ? [`hosts not reached: ${hosts.join(', ')}`] : []),
  ].join('\n');
}

/** Weighs `page` of `dist` at first view and counts its charts with JavaScript on and off. */
async function weighSide(browser: Browser, dist: string, page: string): Promise<SideWeight> {
  const server = await serveDist(dist);
  try {
    const fetched = await firstView(browser, server.origin, page);
    const withJs = await visibleCharts(browser, `${server.origin}${page}`, true);
    const withoutJs = await visibleCharts(browser, `${server.origin}${page}`, false);
    return {
      total: sum(fetched),
      js: sum(fetched.filter(isScript)),
      responses: fetched.length,
      chartsWithJs: withJs.charts,
      chartsWithoutJs: withoutJs.charts,
      otherHosts: withJs.otherHosts,
    };
  } finally {
    await server.close();
  }
}

/**
 * Charts a reader can see: a <figure>, or an <svg> outside any figure, holding
 * a visible SVG at least 100 × 50 px (icons are smaller). The same rule for
 * both pages: ours puts each chart in a <figure>; Plot returns an <svg>, or a
 * <figure> when the chart has a legend.
 */
async function visibleCharts(browser: Browser, url: string, javaScriptEnabled: boolean): Promise<{ charts: number; otherHosts: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const otherHosts = new Set<string>();
    page.on('request', (request) => {
      const requested = new URL(request.url());
      if (requested.origin !== origin && requested.protocol.startsWith('http')) otherHosts.add(`${requested.host}${requested.pathname}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    const boxes = await page.locator('figure, svg:not(figure svg)').evaluateAll((elements) =>
      elements.map((element) =>
        [element, ...element.querySelectorAll('svg')].some((svg) => {
          if (svg.tagName.toLowerCase() !== 'svg') return false;
          const box = svg.getBoundingClientRect();
          return box.width >= 100 && box.height >= 50 && getComputedStyle(svg).visibility !== 'hidden';
        }),
      ),
    );
    return { charts: boxes.filter(Boolean).length, otherHosts: [...otherHosts].sort() };
  } finally {
    await context.close();
  }
}

/** The side-by-side table, as rows for the bench's table printer, and its notes. */
export function peerTable(result: PeerResult): { rows: string[][]; notes: string[] } {
  if (!result.ok) {
    return {
      rows: [],
      notes: [`Observable Framework could not be measured: ${result.step} failed.`, ...result.error.split('\n').map((line) => `  ${line}`), 'The Plot bundle line above stands in for it.'],
    };
  }
  const { ours, framework } = result;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ratio = (theirs: number, mine: number) => (mine > 0 ? `${(theirs / mine).toFixed(1)}x` : theirs > 0 ? 'ours is 0' : '-');
  return {
    rows: [
      ['page weight at first view (gzip)', kb(ours.total), kb(framework.total), ratio(framework.total, ours.total)],
      ['JS weight at first view (gzip)', kb(ours.js), kb(framework.js), ratio(framework.js, ours.js)],
      ['responses at first view', String(ours.responses), String(framework.responses), ratio(framework.responses, ours.responses)],
      ['charts visible with JS off', `${ours.chartsWithoutJs} of ${PEER_CHARTS}`, `${framework.chartsWithoutJs} of ${PEER_CHARTS}`, ''],
      ['charts visible with JS on', `${ours.chartsWithJs} of ${PEER_CHARTS}`, `${framework.chartsWithJs} of ${PEER_CHARTS}`, ''],
    ],
    notes: [
      `Framework ${FRAMEWORK_VERSION} ${result.installed === 'now' ? `installed now (${result.installSeconds.toFixed(0)} s)` : 'installed by an earlier run'} in ${result.installDir} (kept for later runs; delete it to install again); the page built in ${result.buildSeconds.toFixed(1)} s.`,
      ...[['ours', ours] as const, ['Framework', framework] as const].map(([name, side]) =>
        side.otherHosts.length ? `${name} also asks other hosts (not reachable here, not weighed): ${side.otherHosts.join(', ')}` : `${name} asks no other host.`,
      ),
    ],
  };
}
