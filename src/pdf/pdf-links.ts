/**
 * The "Download the report (PDF, 4.0 MB)" links: pages are built before the PDF
 * exists, so they carry an empty size, written in here once the PDF is printed;
 * when no PDF could be printed, the links (and the citation_pdf_url tag) are
 * taken out rather than left broken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { htmlPagesOf } from '../site/html-pages.ts';
import { escapeText, languageOf, t, type Lang } from '../i18n/index.ts';
import { formatOneDecimal } from '../i18n/format.ts';

/** What PdfDownload.astro writes, "(PDF)" in the page's language, and what this file looks for. */
export function sizeSlot(lang: Lang): string {
  return `<span data-pdf-size="">${escapeText(t(lang, 'pdf.sizeUnknown'))}</span>`;
}
const SIZE = /<span data-pdf-size="">[^<]*<\/span>/g;
const LINK_BLOCK = /<(p|div) class="pdf-download[^"]*" data-pdf-download=""[^>]*>[\s\S]*?<\/\1>/g;
// The book's address for citation managers (src/site/citation-meta.ts), gone with the book.
const CITATION_PDF = /<meta name="citation_pdf_url" content="[^"]*">/g;

/** 3,996,218 bytes -> "4.0 MB" (en), "4,0 MB" (az). */
export function formatMegabytes(bytes: number, lang: Lang): string {
  return t(lang, 'pdf.megabytes', { value: formatOneDecimal(bytes / 1e6, lang) });
}

/**
 * `sizes`: the size of the book in each language, which the pages in that language link to;
 * undefined when no book was printed. Returns the number of pages that carry the link.
 */
export function stampPdfLinks(dist: string, sizes: ReadonlyMap<Lang, number> | undefined): number {
  let linked = 0;
  for (const page of htmlPagesOf(dist)) {
    const file = path.join(dist, page);
    const html = fs.readFileSync(file, 'utf8');
    const stamped = stampHtml(html, sizes && sizes.get(pageLangOf(html)));
    if (stamped !== html) fs.writeFileSync(file, stamped);
    if (sizes !== undefined && stamped.includes('data-pdf-size=""')) linked++;
  }
  return linked;
}

/** A built page's language: its <html lang>, English without one. */
function pageLangOf(html: string): Lang {
  return languageOf(/<html\s[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en');
}

/** The page with its PDF links' size written in, in the page's language. */
export function stampHtml(html: string, bytes: number | undefined): string {
  if (bytes === undefined) return html.replace(LINK_BLOCK, '').replace(CITATION_PDF, '');
  const lang = pageLangOf(html);
  const size = `<span data-pdf-size="">${escapeText(t(lang, 'pdf.size', { size: formatMegabytes(bytes, lang) }))}</span>`;
  // Also rewrites a size written by an earlier run of npm run pdf.
  return html.replace(SIZE, () => size);
}

