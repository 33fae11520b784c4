/**
 * The "Download the report (PDF, 4.0 MB)" links: pages are built before the PDF
 * exists, so they carry an empty size, written in here once the PDF is printed;
 * when no PDF could be printed, the links are taken out rather than left broken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { htmlPagesOf } from '../site/html-pages.ts';

/** What PdfDownload.astro writes, and what this file looks for. */
export const SIZE_SLOT = '<span data-pdf-size="">(PDF)</span>';
const LINK_BLOCK = /<(p|div) class="pdf-download[^"]*" data-pdf-download=""[^>]*>[\s\S]*?<\/\1>/g;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Returns the number of pages that carry the link. */
export function stampPdfLinks(dist: string, bytes: number | undefined): number {
  let linked = 0;
  for (const page of htmlPagesOf(dist)) {
    const file = path.join(dist, page);
    const html = fs.readFileSync(file, 'utf8');
    const stamped = stampHtml(html, bytes);
    if (stamped !== html) fs.writeFileSync(file, stamped);
    if (bytes !== undefined && stamped.includes('data-pdf-size=""')) linked++;
  }
  return linked;
}

export function stampHtml(html: string, bytes: number | undefined): string {
  if (bytes === undefined) return html.replace(LINK_BLOCK, '');
  // Also rewrites a size written by an earlier run of npm run pdf.
  return html.replace(/<span data-pdf-size="">\(PDF[^<]*\)<\/span>/g, `<span data-pdf-size="">(PDF, ${formatMegabytes(bytes)})</span>`);
}
