/** The citation_* meta tags that Google Scholar and Zotero read, made from the report config. */
import { describe, expect, it } from 'vitest';
import { absolutePdfUrl, citationMeta } from '../../src/site/citation-meta.ts';

const report = { title: 'A Report', authors: ['First Office', 'Second Author'], edition: { version: '2.1', date: '2025-03-09' } };
const names = (tags: { name: string }[]) => tags.map((tag) => tag.name);

describe('citationMeta', () => {
  it('cites the report itself on the home page, one citation_author per author, the date as Scholar reads it', () => {
    const tags = citationMeta({ report, reportTitle: 'A Report', language: 'en', pdfUrl: 'https://example.net/a-report.pdf' });
    expect(tags).toEqual([
      { name: 'citation_title', content: 'A Report' },
      { name: 'citation_author', content: 'First Office' },
      { name: 'citation_author', content: 'Second Author' },
      { name: 'citation_publication_date', content: '2025/03/09' },
      { name: 'citation_publisher', content: 'First Office, Second Author' },
      { name: 'citation_language', content: 'en' },
      { name: 'citation_pdf_url', content: 'https://example.net/a-report.pdf' },
    ]);
  });

  it('cites a chapter inside the report, in the page language, and leaves out the PDF when it has no address', () => {
    const tags = citationMeta({ report, reportTitle: 'Bir hesabat', chapterTitle: 'Fəsil', language: 'az' });
    expect(tags.find((tag) => tag.name === 'citation_title')?.content).toBe('Fəsil');
    expect(tags.find((tag) => tag.name === 'citation_inbook_title')?.content).toBe('Bir hesabat');
    expect(tags.find((tag) => tag.name === 'citation_language')?.content).toBe('az');
    expect(names(tags)).not.toContain('citation_pdf_url');
  });
});

describe('absolutePdfUrl', () => {
  const placeholder = 'https://example.org';
  it('is the book under the base path and the language folder of a real address', () => {
    expect(absolutePdfUrl(new URL('https://stats.example.net'), placeholder, '/reports/', 'az/', 'a-report')).toBe('https://stats.example.net/reports/az/a-report.pdf');
    expect(absolutePdfUrl(new URL('https://stats.example.net'), placeholder, '/reports', '', 'a-report')).toBe('https://stats.example.net/reports/a-report.pdf');
  });

  it('is nothing when the site has no address or only the placeholder one', () => {
    expect(absolutePdfUrl(undefined, placeholder, '/', '', 'a-report')).toBeUndefined();
    expect(absolutePdfUrl(new URL('https://example.org/'), placeholder, '/', '', 'a-report')).toBeUndefined();
  });
});
