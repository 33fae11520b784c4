/**
 * The Highwire Press `citation_*` meta tags that Google Scholar and Zotero read:
 * on the home page the report is the work cited; on a chapter page the chapter
 * is, inside the report (citation_inbook_title). The date is the edition's, set
 * once in the report config, never the build time.
 */
import type { ReportIdentity } from '../figures/citation.ts';

export interface CitationMetaInput {
  report: Pick<ReportIdentity, 'title' | 'authors' | 'edition'>;
  /** The report's title in the page's language. */
  reportTitle: string;
  /** The chapter's title; none on the home page. */
  chapterTitle?: string;
  /** The page's language as a BCP 47 tag: "en", "en-GB", "az". */
  language: string;
  /** The absolute address of the book in the page's language; none when the site has no known address or no PDF. */
  pdfUrl?: string | undefined;
}

export interface MetaTag {
  name: string;
  content: string;
}

export function citationMeta({ report, reportTitle, chapterTitle, language, pdfUrl }: CitationMetaInput): MetaTag[] {
  const tag = (name: string, content: string): MetaTag => ({ name, content });
  return [
    tag('citation_title', chapterTitle ?? reportTitle),
    ...(chapterTitle ? [tag('citation_inbook_title', reportTitle)] : []),
    // One tag per author, as the report config lists them.
    ...report.authors.map((author) => tag('citation_author', author)),
    // Google Scholar reads dates as 2026/12/02.
    tag('citation_publication_date', report.edition.date.replaceAll('-', '/')),
    tag('citation_publisher', report.authors.join(', ')),
    tag('citation_language', language),
    ...(pdfUrl ? [tag('citation_pdf_url', pdfUrl)] : []),
  ];
}

/**
 * The book's absolute address, or undefined when the site's address is only the
 * placeholder (SITE_URL not set): a citation manager would store a wrong link.
 */
export function absolutePdfUrl(site: URL | undefined, placeholderOrigin: string, base: string, langPath: string, slug: string): string | undefined {
  if (!site || site.origin === placeholderOrigin) return undefined;
  const folder = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${folder}${langPath}${slug}.pdf`, site).href;
}
