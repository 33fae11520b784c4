/**
 * The benchmark: build cost per figure, page weight, and the budgets the site
 * must meet. Prints tables and exits non-zero when a budget is broken.
 *   npm run bench            (about three minutes on 2 cores)
 *   npm run bench -- --quick (skips the 500- and 1,000-figure sites)
 *   npm run bench -- --weight (the real site's build and page weight only)
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildCopy, removeCopies, type BuildResult } from '../tests/build/build-site.ts';
import { pagesOf } from '../tests/browser/static-server.ts';
import { writeSyntheticChapters } from './bench/synthetic-site.ts';
import { KINDS, pageWeights, type PageWeight } from './bench/page-weight.ts';
import { plotBundleSize } from './bench/plot-bundle.ts';
import { measureDevUpdates } from './bench/dev-update.ts';

const BUDGETS = {
  firstViewJsGzip: 8 * 1024,
  pageGzip: 100 * 1024,
  realBuildSeconds: 20,
  thousandFiguresSeconds: 60,
  growth: 10,
  devUpdateMs: 1000,
};

const quick = process.argv.includes('--quick');
const weightOnly = process.argv.includes('--weight');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const failures: string[] = [];
const budget = (ok: boolean, text: string) => {
  if (!ok) failures.push(text);
  return ok ? 'ok' : 'OVER BUDGET';
};

/** Thrown to end the run early (--weight) with the budgets checked so far. */
class Stop extends Error {}

interface Measured {
  seconds: number;
  peakMb: number;
  pages: number;
  figures: number;
  result: BuildResult;
}

function measuredBuild(name: string, edit?: (dir: string) => void): Measured {
  const result = buildCopy(name, edit, {}, { wrap: ['/usr/bin/time', '-f', 'BENCH %e %M'] });
  if (result.status !== 0) throw new Error(`${name}: the build failed\n${result.output}`);
  const [, seconds, kilobytes] = /BENCH ([\d.]+) (\d+)/.exec(result.output) ?? [];
  const pages = pagesOf(result.dist);
  const figures = pages.reduce((sum, page) => {
    const file = path.join(result.dist, page.endsWith('/') ? `${page}index.html` : page);
    return sum + (fs.readFileSync(file, 'utf8').match(/<figure id="fig-/g)?.length ?? 0);
  }, 0);
  return { seconds: Number(seconds), peakMb: Number(kilobytes) / 1024, pages: pages.length, figures, result };
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

try {
  // 1. The real site.
  const real = measuredBuild('bench-real');
  table('Real site: build', ['measure', 'value', 'budget'], [
    ['build time', `${real.seconds.toFixed(1)} s`, `<= ${BUDGETS.realBuildSeconds} s: ${budget(real.seconds <= BUDGETS.realBuildSeconds, `real build ${real.seconds} s`)}`],
    ['pages', real.pages, ''],
    ['figures', real.figures, ''],
    ['time per figure (whole build / figures)', `${((real.seconds * 1000) / real.figures).toFixed(0)} ms`, ''],
    ['peak memory', `${real.peakMb.toFixed(0)} MB`, ''],
  ]);

  // 2. Page weight, as Chromium fetches it.
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

  if (weightOnly) throw new Stop();

  // 3. Synthetic sites.
  const sizes = quick ? [100] : [100, 500, 1000];
  const synthetic = sizes.map((figures) => {
    let chapters = 0;
    const measured = measuredBuild(`bench-${figures}`, (dir) => {
      chapters = writeSyntheticChapters(dir, figures);
    });
    fs.rmSync(measured.result.dir, { recursive: true, force: true });
    return { figures, chapters, measured };
  });
  const first = synthetic[0] as (typeof synthetic)[number];
  const last = synthetic[synthetic.length - 1] as (typeof synthetic)[number];
  table(
    'Synthetic sites (real presets and datasets, 10 figures a chapter)',
    ['figures', 'chapters', 'pages', 'build', 'per figure', 'peak memory'],
    synthetic.map(({ figures, chapters, measured }) => [figures, chapters, measured.pages, `${measured.seconds.toFixed(1)} s`, `${((measured.seconds * 1000) / figures).toFixed(0)} ms`, `${measured.peakMb.toFixed(0)} MB`]),
  );
  if (!quick) {
    const growth = last.measured.seconds / first.measured.seconds;
    table('Budgets on scale', ['measure', 'value', 'budget'], [
      ['1,000 figures build time', `${last.measured.seconds.toFixed(1)} s`, `<= 60 s: ${budget(last.measured.seconds <= BUDGETS.thousandFiguresSeconds, `1,000 figures in ${last.measured.seconds} s`)}`],
      ['growth from 100 to 1,000 figures (linear = 10x)', `${growth.toFixed(1)}x`, `<= 10x: ${budget(growth <= BUDGETS.growth, `growth ${growth.toFixed(1)}x`)}`],
    ]);
  }

  // 4. Incremental editing.
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
