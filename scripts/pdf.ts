/**
 * npm run pdf: the whole report as one tagged PDF, dist/<slug>.pdf, printed by
 * Debian's Chromium from the built chapters in dist/ (run after `npm run build`).
 * Two passes: the first print finds on which page each chapter and figure
 * starts (text extracted with poppler's pdftotext), the second prints the
 * contents with those numbers. The front matter keeps its length because the
 * first pass reserves three digits for every number.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { fullReference } from '../src/bibliography/bibliography.ts';
import { loadProject } from '../src/report/load-project.ts';
import { assembleBook, type BookInput } from '../src/pdf/book-page.ts';
import { findPages } from '../src/pdf/find-pages.ts';
import { fixPdfMetadata } from '../src/pdf/fix-dates.ts';

const { report, registry } = await loadProject();
const bibliography = registry.bibliography;
const dist = path.resolve(process.env.PDF_DIST ?? 'dist');
const origin = 'http://book.invalid';
const output = path.join(dist, `${report.slug}.pdf`);
if (!fs.existsSync(CHROMIUM_PATH)) {
  console.log(`PDF skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  process.exit(0);
}
const started = performance.now();
const chapters = report.sidebar
  .map((item) => ({ label: item.label, path: 'slug' in item && item.slug ? `/${item.slug}/` : (item as { link: string }).link }))
  .filter((item) => item.path !== '/data/');
const input: BookInput = {
  title: report.title,
  edition: `Edition ${report.edition.version}, ${report.edition.date}`,
  authors: report.authors,
  sources: [...bibliography.values()].filter((s) => s.kind === 'report').map(fullReference),
  chapters,
  pageNumbers: {},
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ colorScheme: 'light' });
  await page.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    if (!file.startsWith(dist) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file });
  });
  const print = async (numbers: Record<string, number>): Promise<{ pdf: Buffer; targets: string[] }> => {
    await page.goto(`${origin}/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const targets = await page.evaluate(assembleBook, { ...input, pageNumbers: numbers });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;padding:0 18mm;color:#444">${report.title}</div>`,
      footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;color:#444"><span class="pageNumber"></span></div>',
      margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
    });
    return { pdf, targets };
  };
  const first = await print({});
  const tmp = `${output}.tmp`;
  fs.writeFileSync(tmp, first.pdf);
  const pagesText = execFileSync('pdftotext', [tmp, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\f');
  if (!process.env.PDF_KEEP) fs.rmSync(tmp);
  const headings = await page.evaluate((ids) => ids.map((id) => {
    const el = document.getElementById(id)!;
    const text = id.startsWith('ch-') ? el.querySelector('h1')!.textContent! : el.querySelector('.figure-title')!.textContent!;
    return { id, text, startsPage: id.startsWith('ch-') };
  }), first.targets);
  const numbers = findPages(pagesText, headings, report.title);
  const second = await print(numbers);
  fs.writeFileSync(
    output,
    await fixPdfMetadata(second.pdf, { date: report.edition.date, title: report.title, author: report.authors.join(', '), lang: report.lang }),
  );
} finally {
  await browser.close();
}
const size = fs.statSync(output).size;
console.log(`PDF: ${path.relative(process.cwd(), output)} (${(size / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
