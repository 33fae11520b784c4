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
import { editionLine, reportCitation } from '../figures/citation.ts';
import { formatList } from '../i18n/format.ts';
import { pageLabel } from './page-labels.ts';
import { abbreviationList } from './abbreviations.ts';
import { annexChapters } from './annex.ts';
import { parseHTML } from 'linkedom';
import { languageOf, t, textAround, type Lang } from '../i18n/index.ts';
import { reportTitleIn } from '../report/locales.ts';
import { assembleBook, type BookInput } from './book-page.ts';
import { findPages } from './find-pages.ts';
import { pageTexts } from './page-texts.ts';
import { finishPdf } from './finish-pdf.ts';
import { PLACEHOLDER_SITE } from '../site/deploy-settings.ts';
import { chapterNumbers } from '../chapters/figure-numbering.ts';

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
  const numbers = chapterNumbers(report.sidebar);
  const chapters = report.sidebar
    .filter((item) => 'slug' in item || !/^\/(data|figures)\//.test(item.link))
    .map((item) => ({
      label: (own ? item.label : item.translations?.[lang]) ?? item.label,
      path: `${prefix}${'slug' in item ? `/${item.slug}/` : item.link}`,
      number: 'slug' in item ? numbers.get(item.slug) : undefined,
    }));
  const title = reportTitleIn(report, own ? '' : lang);
  const [figureBefore, figureRest] = textAround(lang, 'figure.titled', 'figure');
  const [between, after] = figureRest.split('{title}') as [string, string];
  const site = siteOf(dist, prefix);
  // The abbreviations the chapters spell out, read from their built pages.
  const chapterText = (pagePath: string) =>
    parseHTML(fs.readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8')).document.querySelector('.sl-markdown-content')?.textContent ?? '';
  const abbreviations = abbreviationList(chapters.map((chapter) => chapterText(chapter.path)), lang);
  // The annex gives the full table of every dataset the chapters' figures draw.
  const figureDatasets = (pagePath: string) =>
    [...parseHTML(fs.readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8')).document.querySelectorAll('figure.report-figure[data-dataset]')].map((figure) => figure.getAttribute('data-dataset')!);
  const annex = annexChapters(
    chapters.map((chapter) => ({ title: chapter.number === undefined ? chapter.label : `${chapter.number} ${chapter.label}`, datasets: figureDatasets(chapter.path) })),
    registry,
    lang,
    site,
  );
  const translation = own ? undefined : report.translations[lang];
  const url = site ? `${site}${prefix}/` : undefined;
  const input: BookInput = {
    title,
    subtitle: own ? report.subtitle : translation?.subtitle,
    edition: editionLine(report.edition, lang),
    publisher: report.publisher ?? formatList(report.authors, lang),
    sources: [...registry.bibliography.values()].filter((source) => source.kind === 'report').map((source) => fullReference(source, lang)),
    chapters,
    abbreviations,
    annex: { title: t(lang, 'pdf.annex'), chapters: annex },
    pageNumbers: {},
    site,
    placeholder: PLACEHOLDER_SITE,
    imprint: {
      // Without the site's address the citation gives none rather than a placeholder's.
      citation: reportCitation({ title, slug: report.slug, authors: report.authors, edition: report.edition, url: url ?? '' }, lang).text.trim(),
      site: url && t(lang, 'pdf.siteAddress', { url }),
      data: url && t(lang, 'pdf.dataAddress', { url: `${url}data/` }),
      licence: report.licence,
      disclaimer: own ? report.disclaimer : translation?.disclaimer,
    },
    texts: {
      sources: t(lang, 'pdf.sources'),
      contents: t(lang, 'pdf.contents'),
      figures: t(lang, 'pdf.figures'),
      abbreviations: t(lang, 'pdf.abbreviations'),
      figureTitled: { before: figureBefore, between, after: after ?? '' },
      publishedBy: t(lang, 'pdf.publishedBy'),
      howToCite: t(lang, 'pdf.howToCite'),
      online: t(lang, 'pdf.online'),
      licence: t(lang, 'pdf.licence'),
      disclaimer: t(lang, 'pdf.disclaimer'),
    },
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
    const print = async (numbers: Record<string, string>) => {
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
          const text = chapter ? element.querySelector('h1')?.textContent : element.matches('h2') ? element.textContent : element.querySelector('.figure-title')?.textContent;
          return { id, text: text ?? '', startsPage: chapter };
        }),
      first.targets,
    );
    const numbers = findPages(texts, headings);
    // Roman numerals up to chapter 1, arabic from it (page-labels.ts); the front matter keeps its length,
    // as the first pass reserved three characters for every number.
    const chapterTargets = first.targets.filter((id) => id.startsWith('ch-'));
    const firstChapter = chapters.findIndex((chapter) => chapter.number === 1);
    const bodyStart = firstChapter < 0 ? undefined : numbers[chapterTargets[firstChapter] ?? ''];
    const second = await print(Object.fromEntries(Object.entries(numbers).map(([id, page]) => [id, pageLabel(page, bodyStart)])));
    // Chromium makes a bookmark of every heading laid out; they take the headings' own text.
    const headingTexts = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.getClientRects().length > 0).map((heading) => heading.textContent ?? ''),
    );
    // The annex follows the chapters, with its own running head.
    const chapterStarts = [...chapters.map((chapter) => chapter.label), ...(annex.length > 0 ? [input.annex.title] : [])].map((label, index) => ({ title: label, page: numbers[chapterTargets[index] ?? ''] ?? 0 }));
    const pdf = await finishPdf(second.pdf, {
      date: report.edition.date,
      title,
      author: report.authors.join(', '),
      lang: own ? report.lang : lang,
      chapterStarts,
      bodyStart,
      headings: headingTexts,
    });
    fs.writeFileSync(output, pdf);
    return { file: output, bytes: pdf.byteLength };
  } finally {
    await browser.close();
  }
}
