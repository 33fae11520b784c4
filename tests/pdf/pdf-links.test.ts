/** The PDF download links: the size written in once the PDF exists, in the page's language, or the link taken out. */
import { describe, expect, it } from 'vitest';
import { sizeSlot, stampHtml } from '../../src/pdf/pdf-links.ts';

const page = `<main><h1>Chapter</h1><p class="pdf-download pdf-download-line" data-pdf-download="" data-pagefind-ignore><a href="/r.pdf" download>Download the report ${sizeSlot('en')}</a></p><p>Text</p></main>`;

describe('stampHtml', () => {
  it('writes the size into the link, and rewrites a size written before', () => {
    const once = stampHtml(page, 3_996_218);
    expect(once).toContain('Download the report <span data-pdf-size="">(PDF, 4.0 MB)</span>');
    expect(stampHtml(once, 12_340_000)).toContain('(PDF, 12.3 MB)');
  });

  it("writes the size as the page's language writes numbers", () => {
    const azPage = `<!doctype html><html lang="az" dir="ltr"><body><p class="pdf-download" data-pdf-download=""><a href="/r.pdf" download>Hesabatı yüklə ${sizeSlot('az')}</a></p></body></html>`;
    expect(stampHtml(azPage, 3_996_218)).toContain('Hesabatı yüklə <span data-pdf-size="">(PDF, 4,0 MB)</span>');
  });

  it('takes the whole link out when there is no PDF, and nothing else', () => {
    expect(stampHtml(page, undefined)).toBe('<main><h1>Chapter</h1><p>Text</p></main>');
  });

  it('takes out the citation_pdf_url tag with the link when there is no PDF, and keeps it when there is', () => {
    const head = '<head><meta name="citation_title" content="Chapter"><meta name="citation_pdf_url" content="https://example.net/r.pdf"></head>';
    expect(stampHtml(head, undefined)).toBe('<head><meta name="citation_title" content="Chapter"></head>');
    expect(stampHtml(head, 3_996_218)).toBe(head);
  });
});
