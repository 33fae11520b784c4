/**
 * The whole report as one tagged PDF, dist/<slug>.pdf, printed by Debian's
 * Chromium from the built chapters in dist/. Two passes: the first print finds
 * on which page each chapter and figure starts (text read with pdf.js), the
 * second prints the contents with those numbers. The front matter keeps its
 * length because the first pass reserves three digits for every number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { fullReference } from '../bibliography/bibliography.ts';
import type { Registry } from '../data/registry.ts';
import type { ReportConfig } from '../report/report-schema.ts';
import { editionLine } from '../figures/citation.ts';
import { languageOf, t, textAround, type Lang } from '../i18n/index.ts';
import { reportTitleIn } from '../report/locales.ts';
import { assembleBook, type BookInput } from './book-page.ts';
import { findPages } from './find-pages.ts';
import { pageTexts } from './page-texts.ts';
import { finishPdf } from './finish-pdf.ts';
import { PLACEHOLDER_SITE } from '../site/deploy-settings.ts';

const ORIGIN = 'http://book.invalid';

/**
 * The origin the pages were built for, read from their canonical link; undefined when it
 * is the placeholder of a build without SITE_URL, so that no link leads to it.
 */
function siteOf(dist: string, prefix: string): string | undefined {
  const html = fs.readFileSync(path.join(dist, prefix, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const origin = canonical ? new URL(canonical).origin : undefined;
  return origin === new URL(PLACEHOLDER_SITE).origin ? undefined : origin;
}

export function pdfFileName(report: Pick<ReportConfig, 'slug'>): string {
  return `${report.slug}.pdf`;
}

/**
 * The book in `lang`: the report's own language prints the pages at the site's root
 * to dist/<slug>.pdf, another language its pages under /az/ to dist/az/<slug>.pdf.
 */
export async function printBook(dist: string, report: ReportConfig, registry: Registry, lang: Lang = languageOf(report.lang)): Promise<{ file: string; bytes: number }> {
  const own = lang === languageOf(report.lang);
  const prefix = own ? '' : `/${lang}`;
  const output = path.join(dist, prefix, pdfFileName(report));
  const chapters = report.sidebar
    .filter((item) => 'slug' in item || !/^\/(data|figures)\//.test(item.link))
    .map((item) => ({ label: (own ? item.label : item.translations?.[lang]) ?? item.label, path: `${prefix}${'slug' in item ? `/${item.slug}/` : item.link}` }));
  const title = reportTitleIn(report, own ? '' : lang);
  const [figureBefore, figureRest] = textAround(lang, 'figure.titled', 'figure');
  const [between, after] = figureRest.split('{title}') as [string, string];
  const input: BookInput = {
    title,
    edition: editionLine(report.edition, lang),
    authors: report.authors,
    sources: [...registry.bibliography.values()].filter((source) => source.kind === 'report').map((source) => fullReference(source, lang)),
    chapters,
    pageNumbers: {},
    site: siteOf(dist, prefix),
    placeholder: PLACEHOLDER_SITE,
    texts: { sources: t(lang, 'pdf.sources'), contents: t(lang, 'pdf.contents'), figures: t(lang, 'pdf.figures'), figureTitled: { before: figureBefore, between, after: after ?? '' } },
  };

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ colorScheme: 'light' });
    // The book is assembled from dist/ as served, without a server.
    await page.route(`${ORIGIN}/**`, (route) => {
      let file = path.join(dist, decodeURIComponent(new URL(route.request().url()).pathname));
      if (file.endsWith(path.sep) || file.endsWith('/')) file = path.join(file, 'index.html');
      if (!file.startsWith(dist) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ path: file });
    });
    const print = async (numbers: Record<string, number>) => {
      await page.goto(`${ORIGIN}${prefix}/`);
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const targets = await page.evaluate(assembleBook, { ...input, pageNumbers: numbers });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        // Page numbers and chapter titles are added afterwards, as artifacts (finish-pdf.ts).
        margin: { top: '22mm', bottom: '18mm', left: '18mm', right: '18mm' },
      });
      return { pdf, targets };
    };
    const first = await print({});
    const texts = await pageTexts(first.pdf);
    const headings = await page.evaluate(
      (ids) =>
        ids.map((id) => {
          const element = document.getElementById(id)!;
          const chapter = id.startsWith('ch-');
          return { id, text: (chapter ? element.querySelector('h1') : element.querySelector('.figure-title'))?.textContent ?? '', startsPage: chapter };
        }),
      first.targets,
    );
    const numbers = findPages(texts, headings);
    const second = await print(numbers);
    // Chromium makes a bookmark of every heading laid out; they take the headings' own text.
    const headingTexts = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.getClientRects().length > 0).map((heading) => heading.textContent ?? ''),
    );
    const chapterStarts = chapters.map((chapter, index) => ({ title: chapter.label, page: numbers[first.targets.filter((id) => id.startsWith('ch-'))[index] ?? ''] ?? 0 }));
    const pdf = await finishPdf(second.pdf, {
      date: report.edition.date,
      title,
      author: report.authors.join(', '),
      lang: own ? report.lang : lang,
      chapterStarts,
      headings: headingTexts,
    });
    fs.writeFileSync(output, pdf);
    return { file: output, bytes: pdf.byteLength };
  } finally {
    await browser.close();
  }
}
