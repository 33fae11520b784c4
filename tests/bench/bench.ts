/**
 * The benchmark: build cost per figure, page weight, and the budgets the site
 * must meet. Prints tables and exits non-zero when a budget is broken.
 *   npm run bench             (about ten minutes on 2 cores: the 10,000-figure site is most of it)
 *   npm run bench -- --quick  (skips the 1,000- and 10,000-figure sites)
 *   npm run bench -- --weight (the real site's build and page weight only)
 *   npm run bench -- --scale  (the synthetic sites only)
 *   npm run bench -- --peer   (adds the remittance charts in an Observable Framework page, beside ours; not with --scale)
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildCopy, removeCopies, type BuildResult } from '../build/build-site.ts';
import { pagesOf } from '../browser/static-server.ts';
import { FIGURES_PER_CHAPTER, writeSyntheticChapters } from './synthetic-site.ts';
import { KINDS, pageWeights, type PageWeight } from './page-weight.ts';
import { plotBundleSize } from './plot-bundle.ts';
import { measureDevUpdates } from './dev-update.ts';
import { comparePeer, FRAMEWORK_VERSION, peerTable } from './peer-framework.ts';

const TREE_MEMORY = path.join(import.meta.dirname, 'tree-memory.ts');

const BUDGETS = {
  firstViewJsGzip: 8 * 1024,
  pageGzip: 100 * 1024,
  realBuildSeconds: 20,
  tenThousandFiguresSeconds: 300,
  tenThousandFiguresPeakMb: 2048,
  /** Build time per tenfold more figures: linear is 10x. */
  growth: 10,
  devUpdateMs: 1000,
};

const quick = process.argv.includes('--quick');
const weightOnly = process.argv.includes('--weight');
const scaleOnly = process.argv.includes('--scale');
const peer = process.argv.includes('--peer');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const failures: string[] = [];
const budget = (ok: boolean, text: string) => {
  if (!ok) failures.push(text);
  return ok ? 'ok' : 'OVER BUDGET';
};

/** Thrown to end the run early (--weight, --scale) with the budgets checked so far. */
class Stop extends Error {}

interface Measured {
  seconds: number;
  /** The largest single process (Astro's; Pagefind runs as a second one). */
  peakMb: number;
  /** All the build's processes together, sampled every 200 ms. */
  allProcessesMb: number;
  pages: number;
  figures: number;
  result: BuildResult;
}

function measuredBuild(name: string, edit?: (dir: string) => void, env: Record<string, string> = {}): Measured {
  const result = buildCopy(name, edit, env, { wrap: [process.execPath, TREE_MEMORY, '/usr/bin/time', '-f', 'BENCH %e %M'] });
  if (result.status !== 0) throw new Error(`${name}: the build failed\n${result.output}`);
  const [, seconds, kilobytes] = /BENCH ([\d.]+) (\d+)/.exec(result.output) ?? [];
  const [, treeKilobytes] = /TREE (\d+)/.exec(result.output) ?? [];
  const pages = pagesOf(result.dist);
  const figures = pages.reduce((sum, page) => {
    const file = path.join(result.dist, page.endsWith('/') ? `${page}index.html` : page);
    return sum + (fs.readFileSync(file, 'utf8').match(/<figure id="fig-/g)?.length ?? 0);
  }, 0);
  return { seconds: Number(seconds), peakMb: Number(kilobytes) / 1024, allProcessesMb: Number(treeKilobytes) / 1024, pages: pages.length, figures, result };
}

function table(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  console.log(`\n${title}`);
  for (const [index, row] of cells.entries()) {
    console.log(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ')}`);
    if (index === 0) console.log(`  ${widths.map((width) => '-'.repeat(width)).join('   ')}`);
  }
}

/** The real site: its build, and the weight of each page as Chromium fetches it. */
async function realSite(): Promise<string> {
  const real = measuredBuild('bench-real');
  table('Real site: build', ['measure', 'value', 'budget'], [
    ['build time', `${real.seconds.toFixed(1)} s`, `<= ${BUDGETS.realBuildSeconds} s: ${budget(real.seconds <= BUDGETS.realBuildSeconds, `real build ${real.seconds} s`)}`],
    ['pages', real.pages, ''],
    ['figures', real.figures, ''],
    ['time per figure (whole build / figures)', `${((real.seconds * 1000) / real.figures).toFixed(0)} ms`, ''],
    ['peak memory, largest process', `${real.peakMb.toFixed(0)} MB`, ''],
    ['peak memory, all processes together', `${real.allProcessesMb.toFixed(0)} MB`, ''],
  ]);

  // Page weight, as Chromium fetches it.
  const { pages: weights, later } = await pageWeights(real.result.dist);
  table(
    'Real site: page weight at first view: everything Chromium fetches from opening the page (nothing cached) until 5 s after load, no interaction (gzip -9 of each body as served)',
    ['page', ...KINDS, 'total', 'static count', 'gap'],
    weights.map((w) => [w.page, ...KINDS.map((kind) => (w.gzip[kind] ? kb(w.gzip[kind]) : '-')), kb(w.total), kb(w.staticTotal), kb(w.total - w.staticTotal)]),
  );
  // Pages with the same gap are listed together.
  const gaps = new Map<string, string[]>();
  for (const w of weights) {
    const gap = [
      ...(w.onlyInBrowser.length ? [`fetched by the browser, not in the static count: ${w.onlyInBrowser.join(', ')}`] : []),
      ...(w.onlyInStatic.length ? [`in the static count, not fetched: ${w.onlyInStatic.join(', ')}`] : []),
    ].join('; ');
    if (gap) gaps.set(gap, [...(gaps.get(gap) ?? []), w.page]);
  }
  console.log('\n  Gap between the static count (HTML, linked CSS, scripts and their static imports) and the browser:');
  if (gaps.size === 0) console.log('    none: both count the same files.');
  for (const [gap, pages] of gaps) console.log(`    ${pages.length === weights.length ? 'every page' : pages.join(', ')}: ${gap}`);
  console.log('\n  Loaded later, only on interaction (not in the table above):');
  for (const load of later) {
    console.log(`    on ${load.interaction}: ${kb(load.total)} gzip in ${load.fetched.length} responses (${load.fetched.map((item) => `${item.path.replace(/^.*\//, '').replace(/\?.*$/, '')} ${kb(item.gzip)}`).join(', ')})`);
  }
  console.log('    nothing else loads on interaction: data tables and notes are in the HTML; a CSV or JSON download loads only when followed.');
  const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a)) as PageWeight;
  const mostJs = weights.reduce((a, b) => (b.gzip.js > a.gzip.js ? b : a)) as PageWeight;
  const svgOnly = fs.readFileSync(path.join(real.result.dist, 'remittances/index.html'), 'utf8').includes('<svg') ? 0 : NaN;
  const plot = await plotBundleSize(path.join(real.result.dir, 'plot-bundle-work'));
  table('Budgets on weight', ['measure', 'value', 'budget'], [
    ['JS needed to see a figure', `${svgOnly} bytes (charts are inline SVG)`, `0: ${budget(svgOnly === 0, 'figures need JS')}`],
    [`most JS fetched at first view, any page (${mostJs.page})`, kb(mostJs.gzip.js), `<= 8 KB: ${budget(mostJs.gzip.js <= BUDGETS.firstViewJsGzip, `JS at first view of ${mostJs.page}: ${kb(mostJs.gzip.js)}`)}`],
    [`heaviest page at first view (${heaviest.page})`, kb(heaviest.total), `<= 100 KB: ${budget(heaviest.total <= BUDGETS.pageGzip, `${heaviest.page} weighs ${kb(heaviest.total)}`)}`],
    ['drawing in the browser instead: Plot + d3, minimal Vite bundle', `${kb(plot.gzip)} (${kb(plot.raw)} raw)`, ''],
    [`ratio: JS at first view of /remittances/ / Plot bundle`, `1 : ${(plot.gzip / (weights.find((w) => w.page === '/remittances/')?.gzip.js ?? NaN)).toFixed(1)}`, ''],
  ]);
  return real.result.dist;
}

/** The five remittance charts in a minimal Observable Framework page, beside /remittances/ (--peer). */
async function peerSite(dist: string): Promise<void> {
  const { rows, notes } = peerTable(await comparePeer(path.resolve(import.meta.dirname, '..'), dist));
  if (rows.length) table('Side by side: the five remittance charts, ours and in a minimal Observable Framework page (first view as above)', ['measure', 'ours: /remittances/', `Framework ${FRAMEWORK_VERSION}`, 'Framework / ours'], rows);
  else console.log('\nSide by side with Observable Framework');
  for (const note of notes) console.log(`  ${note}`);
}

try {
  if (!scaleOnly) {
    const dist = await realSite();
    if (peer) await peerSite(dist);
  } else if (peer) console.log('\n--peer measures beside the real site, which --scale does not build: left out.');
  if (weightOnly) throw new Stop();

  // Synthetic sites.
  const sizes = quick ? [100] : [100, 1000, 10000];
  const synthetic = sizes.map((figures) => {
    let chapters = 0;
    // Without PNG images, which cost about 0.1 s a chart whatever the size (measured below).
    const measured = measuredBuild(`bench-${figures}`, (dir) => {
      chapters = writeSyntheticChapters(dir, figures);
    }, { REPORT_PNG: 'off' });
    fs.rmSync(measured.result.dir, { recursive: true, force: true });
    return { figures, chapters, measured };
  });
  table(
    `Synthetic sites (real presets and datasets, ${FIGURES_PER_CHAPTER} figures a chapter, each with its SVG and embed page, no PNG; peak memory of the largest process, Astro's, and of all the build's processes together, Pagefind's too)`,
    ['figures', 'chapters', 'pages', 'build', 'per figure', 'peak memory', 'all processes'],
    synthetic.map(({ figures, chapters, measured }) => [figures, chapters, measured.pages, `${measured.seconds.toFixed(1)} s`, `${((measured.seconds * 1000) / figures).toFixed(0)} ms`, `${measured.peakMb.toFixed(0)} MB`, `${measured.allProcessesMb.toFixed(0)} MB`]),
  );
  if (!quick) {
    const withPng = measuredBuild('bench-1000-png', (dir) => void writeSyntheticChapters(dir, 1000));
    const charts = fs.readdirSync(path.join(withPng.result.dist, 'figures')).filter((file) => file.endsWith('.png')).length;
    fs.rmSync(withPng.result.dir, { recursive: true, force: true });
    const without = synthetic.find((site) => site.figures === 1000)?.measured as Measured;
    table('PNG images (REPORT_PNG=off leaves them out; the synthetic sites above are built without them)', ['measure', 'value'], [
      ['1,000 figures with PNG images', `${withPng.seconds.toFixed(1)} s, ${withPng.peakMb.toFixed(0)} MB`],
      ['the same without', `${without.seconds.toFixed(1)} s, ${without.peakMb.toFixed(0)} MB`],
      [`cost per chart (${charts} PNGs)`, `${(((withPng.seconds - without.seconds) * 1000) / Math.max(charts, 1)).toFixed(0)} ms`],
    ]);
    const at = (figures: number) => synthetic.find((site) => site.figures === figures)?.measured as Measured;
    const [hundred, thousand, tenThousand] = [at(100), at(1000), at(10000)];
    const growth = [thousand.seconds / hundred.seconds, tenThousand.seconds / thousand.seconds];
    table('Budgets on scale', ['measure', 'value', 'budget'], [
      ['10,000 figures build time', `${tenThousand.seconds.toFixed(1)} s`, `<= 300 s: ${budget(tenThousand.seconds <= BUDGETS.tenThousandFiguresSeconds, `10,000 figures in ${tenThousand.seconds} s`)}`],
      // What the machine must have: Astro's process and Pagefind's together.
      ['10,000 figures peak memory, all processes together', `${tenThousand.allProcessesMb.toFixed(0)} MB`, `<= 2,048 MB: ${budget(tenThousand.allProcessesMb <= BUDGETS.tenThousandFiguresPeakMb, `10,000 figures peak ${tenThousand.allProcessesMb.toFixed(0)} MB, all processes`)}`],
      ['the same, largest process (Astro\'s)', `${tenThousand.peakMb.toFixed(0)} MB`, ''],
      ...growth.map((factor, index) => [
        `growth from ${['100 to 1,000', '1,000 to 10,000'][index]} figures (linear = 10x)`,
        `${factor.toFixed(1)}x`,
        `<= 10x: ${budget(factor <= BUDGETS.growth, `growth ${['100 to 1,000', '1,000 to 10,000'][index]}: ${factor.toFixed(1)}x`)}`,
      ]),
    ]);
  }
  if (scaleOnly) throw new Stop();

  // Incremental editing.
  const updates = await measureDevUpdates();
  table(
    'Dev server: time from saving a file to the open browser tab showing the change',
    ['edit', 'time', 'budget'],
    updates.map(({ edit, milliseconds }) => [edit, `${milliseconds} ms`, `< 1 s: ${budget(milliseconds < BUDGETS.devUpdateMs, `${edit} took ${milliseconds} ms`)}`]),
  );
} catch (error) {
  if (!(error instanceof Stop)) throw error;
} finally {
  removeCopies();
}

if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nEvery budget is met.');
process.exit(0);
