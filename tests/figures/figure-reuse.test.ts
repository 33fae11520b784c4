/**
 * Taking a figure away, without a browser: the standalone SVG carries number,
 * title, chart, source and site with every colour written in; the PNG is drawn
 * from it at twice the size with the project's font, the same bytes each time;
 * citations are dated by the edition, never the clock.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildFigure, type FigureProps } from '../../src/figures/build-figure.ts';
import { registry } from '../../src/data/datasets.ts';
import { inwardOutward } from './inward-outward.ts';
import type { ChapterAnalysis } from '../../src/chapters/analyse-chapter.ts';
import { standaloneSvg, wrap } from '../../src/figures/standalone-svg.ts';
import { lightPalette, writeColoursIn } from '../../src/figures/standalone-colours.ts';
import { svgToPng } from '../../src/figures/svg-to-png.ts';
import { editionLine, figureCitation, reportCitation, type ReportIdentity } from '../../src/figures/citation.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { figureReuse } from '../../src/figures/figure-reuse.ts';

const chapter: ChapterAnalysis = {
  file: 'content/remittances.mdx',
  figures: [{ id: 'inward-outward', number: '2', line: 20, dataset: 'remittance-flows', title: 'Inward and outward', attributes: { values: {} } }],
  citations: [],
  figureRefs: [],
  terms: [],
  corrections: [],
  comparisonTables: [],
};
const props: FigureProps = { ...inwardOutward, title: 'Remittances into & out of Azerbaijan' };
const figure = buildFigure(props, chapter, registry, '/', 'en');
const report: ReportIdentity = {
  title: 'A Report',
  slug: 'a-report',
  authors: ['Some Institute'],
  edition: { version: '2.1', date: '2025-03-07' },
  url: 'https://example.net/report/',
};
const context = { siteName: 'A Report', chapterTitle: 'Remittances', permalink: 'https://example.net/report/remittances/#fig-inward-outward' };

describe('standaloneSvg', () => {
  const svg = standaloneSvg(figure, context);
  const { document } = parseHTML(svg);
  const text = document.querySelector('svg')?.textContent ?? '';

  it('holds the number and title, the chart, the source line and the site, as well-formed XML', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain('Figure 2');
    expect(text).toContain('Remittances into & out of Azerbaijan');
    expect(svg).toContain('Remittances into &amp; out of Azerbaijan');
    expect(text).toContain('Source: World Bank 2011, as reproduced in Shahgaldiyev 2016');
    expect(text).toContain('A Report · Remittances, Figure 2 · https://example.net/report/remittances/#fig-inward-outward');
    expect(document.querySelectorAll('svg svg path').length).toBeGreaterThan(1);
    expect(document.querySelector('title')?.textContent).toBe('Figure 2. Remittances into & out of Azerbaijan');
  });

  it('writes every colour in, in the light palette: no CSS variable, no currentColor', () => {
    expect(svg).not.toMatch(/var\(|currentColor/);
    expect(svg).toContain(lightPalette().get('--fig-series-1'));
  });

  it('refuses a colour it cannot write in, naming it', () => {
    expect(() => writeColoursIn('<path fill="var(--page-only)"/>')).toThrow(/var\(--page-only\)/);
    expect(writeColoursIn('<path fill="var(--page-only, #123456)"/>')).toBe('<path fill="#123456"/>');
  });

  it('wraps long lines within the width', () => {
    const lines = wrap('word '.repeat(60), 300, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length * 12 * 0.47).toBeLessThanOrEqual(300);
  });
});

describe('svgToPng', () => {
  it('draws a PNG at twice the SVG size, the same bytes each time', async () => {
    const svg = standaloneSvg(figure, context);
    const [first, second] = [await svgToPng(svg), await svgToPng(svg)];
    expect(Buffer.from(first.slice(1, 4)).toString()).toBe('PNG');
    const view = new DataView(first.buffer, first.byteOffset);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(view.getUint32(16)).toBe(svgWidth * 2);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });
});

describe('citations', () => {
  const source = registry.bibliography.get('world-bank-factbook-2011')!;
  const via = registry.bibliography.get('shahgaldiyev-2016')!;
  const figureIdentity = { id: 'inward-outward', number: '2', title: 'Remittances into & out of Azerbaijan', chapterTitle: 'Remittances', permalink: context.permalink, source, via, locator: 'Table 5' };

  it('dates a citation by the edition, written the same on every machine', () => {
    expect(formatDate('2025-03-07', 'en')).toBe('7 March 2025');
    expect(editionLine(report.edition, 'en')).toBe('Edition 2.1, 7 March 2025');
    const { text, bibtex } = figureCitation(report, figureIdentity, 'en');
    expect(text).toContain('Some Institute (2025). Figure 2. Remittances into & out of Azerbaijan. In A Report, Remittances, edition 2.1, 7 March 2025.');
    expect(text).toContain(context.permalink);
    expect(text).toContain('World Bank (2011). Migration and Remittances Factbook 2011');
    expect(text).toContain('As reproduced in Shahgaldiyev');
    expect(bibtex).toMatch(/^@misc\{a-report-inward-outward,\n/);
    expect(bibtex).toContain('  year = {2025},\n  month = mar,');
    expect(bibtex).toContain(`  url = {${context.permalink}},`);
    expect(bibtex).toContain('Remittances into \\& out of Azerbaijan');
    expect(bibtex.trim().endsWith('}')).toBe(true);
  });

  it('cites the whole report with its edition', () => {
    const { text, bibtex } = reportCitation(report, 'en');
    expect(text).toBe('Some Institute (2025). A Report, edition 2.1, 7 March 2025. https://example.net/report/');
    expect(bibtex).toContain('@misc{a-report,');
    expect(bibtex).toContain('  edition = {2.1},');
  });

  it('gives each figure its files, an embed snippet with a title and lazy loading, and a citation', () => {
    // Built for the site at /report/, where its files are.
    const atReport = buildFigure(props, chapter, registry, '/report/', 'en');
    const reuse = figureReuse(atReport, { path: '/remittances/', title: 'Remittances' }, report, registry.bibliography, '/report/');
    expect(reuse.images).toEqual({ svg: '/report/figures/inward-outward.svg', png: '/report/figures/inward-outward.png' });
    expect(reuse.embedPage).toBe('/report/figures/inward-outward/');
    expect(reuse.embedSnippet).toMatch(/^<iframe src="https:\/\/example\.net\/report\/figures\/inward-outward\/" title="Figure 2\. Remittances into &amp; out of Azerbaijan" width="100%" height="\d+" loading="lazy"/);
    // Then the host's script, which sizes this frame from messages of the report's origin only.
    const script = reuse.embedSnippet.split('\n')[1]!;
    expect(script).toMatch(/^<script>[^<]*<\/script>$/);
    expect(script).toContain('e.origin==="https://example.net"');
    expect(script).toContain('e.source===f.contentWindow');
    expect(reuse.permalink).toBe('https://example.net/report/remittances/#fig-inward-outward');
    expect(reuse.citation.text).toContain('World Bank (2011)');
  });
});
