/** A figure's content, computed without a browser from its props and the real Table 5 data. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildFigure, notesAreLong, type FigureProps } from '../../src/figures/build-figure.ts';
import { registry } from '../../src/data/datasets.ts';
import { inwardOutward } from './inward-outward.ts';
import type { ChapterAnalysis } from '../../src/chapters/analyse-chapter.ts';

const chapter: ChapterAnalysis = {
  file: 'content/remittances.mdx',
  figures: [
    { id: 'first', number: '4.1', line: 10, dataset: 'remittance-flows', title: 'First', attributes: { values: {} } },
    { id: 'inward-outward', number: '4.2', line: 20, dataset: 'remittance-flows', title: 'Inward and outward', attributes: { values: {} } },
  ],
  citations: [],
  figureRefs: [],
  terms: [],
  corrections: [],
  comparisonTables: [],
};

const props: FigureProps = { ...inwardOutward, notes: 'Outward 2010 is blank in the source.' };

const figure = buildFigure(props, chapter, registry, '/az-migration/', 'en');
const { document } = parseHTML(`<!doctype html><html><body>${figure.svg}</body></html>`);
const svg = document.querySelector('svg');

describe('buildFigure', () => {
  it('takes its number and anchor from the chapter', () => {
    expect(figure.number).toBe('4.2');
    expect(figure.anchor).toBe('fig-inward-outward');
  });

  it('draws an SVG with an accessible name and a description', () => {
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe('Figure 4.2. Remittances into and out of Azerbaijan');
    expect(svg?.getAttribute('aria-describedby')).toBe('fig-inward-outward-description');
    expect(figure.descriptionId).toBe('fig-inward-outward-description');
    expect(svg?.getAttribute('class')).toBe('report-chart');
  });

  it('leaves no inline <style> and no long coordinates in the SVG', () => {
    expect(figure.svg).not.toContain('<style');
    expect(figure.svg).not.toMatch(/<[^>]*\d\.\d{3,}[^>]*>/);
  });

  it('is the same string every time (reproducible builds)', () => {
    expect(buildFigure(props, chapter, registry, '/az-migration/', 'en').svg).toBe(figure.svg);
  });

  it('puts exactly the filtered numbers in its table, null as a dash, years unformatted', () => {
    expect(figure.table.columns.map((column) => column.label)).toEqual(['Year', 'Flow', 'Component', 'US$ millions']);
    expect(figure.table.rows).toHaveLength(16);
    expect(figure.table.rows).toContainEqual(['2007', 'Inward', 'Total', '1,287']);
    expect(figure.table.rows).toContainEqual(['2010', 'Outward', 'Total', '–']);
    expect(figure.table.caption).toBe('Figure 4.2. Remittances into and out of Azerbaijan (US$ millions)');
  });

  it('cites the original source and the report that reproduces it, with the locator', () => {
    expect(figure.source).toEqual({ key: 'world-bank-factbook-2011', text: 'World Bank 2011' });
    expect(figure.via).toEqual({ key: 'shahgaldiyev-2016', text: 'Shahgaldiyev 2016' });
    expect(figure.locator).toContain('Table 5');
  });

  it("lists the figure's own notes before the dataset's", () => {
    expect(figure.notes[0]).toBe('Outward 2010 is blank in the source.');
    expect(figure.notes.length).toBeGreaterThan(1);
  });

  it('links downloads under the base path', () => {
    expect(figure.downloads).toEqual({ csv: '/az-migration/data/remittance-flows.csv', json: '/az-migration/data/remittance-flows.json' });
  });

  it('refuses a figure the chapter check did not see', () => {
    expect(() => buildFigure({ ...props, id: 'ghost' }, chapter, registry, '/', 'en')).toThrow(/content\/remittances\.mdx, <Figure id="ghost">/);
  });
});

describe('notesAreLong', () => {
  it('keeps up to three short notes in place and folds longer lists away', () => {
    expect(notesAreLong(['One.', 'Two.', 'Three.'])).toBe(false);
    expect(notesAreLong(['One.', 'Two.', 'Three.', 'Four.'])).toBe(true);
    expect(notesAreLong(['x'.repeat(601)])).toBe(true);
    expect(notesAreLong([])).toBe(false);
  });
});
