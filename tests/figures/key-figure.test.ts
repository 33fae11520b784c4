/** A key-figure card takes its number from a figure's dataset, never from typed text, and says clearly when it cannot. */
import { describe, expect, it } from 'vitest';
import { buildFigure, type FigureProps } from '../../src/figures/build-figure.ts';
import { buildKeyFigure, chartCaption } from '../../src/figures/key-figure.ts';
import { registry } from '../../src/data/datasets.ts';
import { inwardOutward } from './inward-outward.ts';
import type { SiteFigure } from '../../src/figures/all-figures.ts';

const props: FigureProps = { ...inwardOutward };
const chapter = { file: 'content/remittances.mdx', figures: [{ id: props.id, number: '2', line: 20, dataset: props.dataset, title: props.title, attributes: { values: {} } }], citations: [], figureRefs: [], terms: [], corrections: [], comparisonTables: [] };
const figure = buildFigure(props, chapter, registry, '/', 'en');
const figures: SiteFigure[] = [
  { id: figure.id, anchor: figure.anchor, number: figure.number, hasChart: true, figure, chapter: { path: '/remittances/', title: 'Remittances' }, chapterFile: 'content/remittances.mdx', dataset: props.dataset, props },
];

describe('buildKeyFigure', () => {
  it('reads the number from the one row it picks, with the dataset unit, source and a link to the figure', () => {
    const card = buildKeyFigure({ figure: 'inward-outward', row: 'year=2008; flow=Inward; component=Total', context: 'Highest year' }, figures, registry, '/', 'content/index.mdx', 'en');
    expect(card.value).toBe('1,554');
    expect(card.unit).toBe('US$ millions');
    expect(card.source).toBe('World Bank 2011, as reported by Shahgaldiyev 2016');
    expect(card.figureLabel).toBe('Remittances, Figure 2');
    expect(card.href).toBe('/remittances/#fig-inward-outward');
    expect(card.chart).toContain('aria-hidden="true"');
  });

  it('draws the quoted row among its own series only, marked in the main colour', () => {
    const card = buildKeyFigure({ figure: 'inward-outward', row: 'year=2008; flow=Inward; component=Total', context: 'x' }, figures, registry, '/', 'content/index.mdx', 'en');
    expect(card.chart.match(/<path/g)?.length).toBe(1);
    expect(card.chart).toContain('var(--fig-series-1)');
  });

  it('labels its small chart with the years it spans and the year highlighted, and shows when the number holds', () => {
    const card = buildKeyFigure({ figure: 'inward-outward', row: 'year=2008; flow=Inward; component=Total', context: 'x', period: '2008' }, figures, registry, '/', 'content/index.mdx', 'en');
    expect(card.chartCaption).toBe('2003–2010, 2008 highlighted');
    expect(card.period).toBe('2008');
    const az = buildKeyFigure({ figure: 'inward-outward', row: 'year=2008; flow=Inward; component=Total', context: 'x' }, figures, registry, '/', 'content/az/index.mdx', 'az');
    expect(az.chartCaption).toBe('2003–2010, 2008 seçilib');
    expect(az).not.toHaveProperty('period');
  });

  it('names the highlighted bar among the others, or says that the bars are the parts of a total it quotes', () => {
    const rows = [{ country: 'Turkey', persons: 5 }, { country: 'Iran', persons: 3 }];
    const label = (_column: string, cell: string) => `«${cell}»`;
    expect(chartCaption('bars', rows, rows[0]!, 'country', label, 'en')).toBe('«Turkey» highlighted among 2 values');
    expect(chartCaption('ranges', rows, rows[1]!, 'country', label, 'az')).toBe('2 göstərici arasında «Iran» seçilib');
    expect(chartCaption('bars', rows, { country: 'Total', persons: 8 }, 'country', label, 'en')).toBe('The 2 parts of the total');
  });

  it('stops with the file and the figure named when the figure is unknown or the row picks none or several', () => {
    expect(() => buildKeyFigure({ figure: 'inward-outwards', row: 'year=2008', context: 'x' }, figures, registry, '/', 'content/index.mdx', 'en')).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^content\/index\.mdx, <KeyFigure figure="inward-outwards">: no figure with this id; did you mean "inward-outward"\? \(figures: inward-outward\)$/)] }),
    );
    expect(() => buildKeyFigure({ figure: 'inward-outward', row: 'year=2008', context: 'x' }, figures, registry, '/', 'content/index.mdx', 'en')).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/row="year=2008" picks \d+ rows of dataset "remittance-flows"; it must pick exactly one/)] }),
    );
  });
});
