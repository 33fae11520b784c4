/**
 * Every drawn mark of a preset carries what it is (period, category, series)
 * and its value as the table formats them, with the dataset's unit, in an SVG <title>: the text a reader sees on hover,
 * tap or arrow key (src/figures/figure-values.ts), and in the page with
 * JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/charts/presets/index.ts';
import type { PresetOptions } from '../../src/charts/preset.ts';
import { renderSvg } from '../../src/figures/render-svg.ts';

const frame = { width: 640, lang: 'en' as const, unit: 'persons', xLabel: 'Year', yLabel: 'Persons' };
const labels = { label: 'Figure 1. Test', describedBy: 'fig-test-description' };

function titles<Row>(name: string, rows: Row[], options: Partial<PresetOptions<Row>>): string[] {
  const plot = presets.get(name)!.spec(rows, options as PresetOptions<Row>, frame).plot!;
  return [...renderSvg(plot, labels, 'en').matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}

describe('mark titles', () => {
  it('bar: category, value and unit; a missing value draws no mark', () => {
    const rows = [{ place: 'Baku', persons: 1287 }, { place: 'Ganja', persons: null }, { place: 'Sumgait', persons: 38.25 }];
    expect(titles('bar', rows, { x: 'persons', y: 'place' }).sort()).toEqual(['Baku: 1,287 persons', 'Sumgait: 38.25 persons']);
  });
  it('line: year, series, value and unit', () => {
    const rows = [{ year: 2009, flow: 'In', n: 1200 }, { year: 2010, flow: 'In', n: -53.6 }];
    expect(titles('line', rows, { x: 'year', y: 'n', series: 'flow' })).toEqual(['2009, In: 1,200 persons', '2010, In: -53.6 persons']);
  });
  it('stacked bar: category, part and value', () => {
    const rows = [{ year: '2010', part: 'Wages', n: 10 }, { year: '2010', part: 'Transfers', n: 5 }];
    expect(titles('stacked-bar', rows, { x: 'year', y: 'n', series: 'part' }).sort()).toEqual(['2010, Transfers: 5 persons', '2010, Wages: 10 persons']);
  });
  it('dot: what is counted, who counted and the value', () => {
    const rows = [{ what: 'Permits', who: 'Agency A', n: 4367 }, { what: 'Permits', who: 'Agency B', n: 5000 }];
    expect(titles('dot', rows, { x: 'n', y: 'what', series: 'who' })).toEqual(['Permits, Agency A: 4,367 persons', 'Permits, Agency B: 5,000 persons']);
  });
  it('range: the estimate and its range kept as a range, with its qualifier', () => {
    const rows = [{ what: 'Abroad', low: 600000, high: 800000, single: null, q: 'approximately' }, { what: 'Displaced', low: null, high: null, single: 570000, q: '-' }];
    expect(titles('range', rows, { y: 'what', low: 'low', high: 'high', x: 'single', label: 'q' })).toEqual(['Abroad: approximately 600,000–800,000 persons', 'Displaced: 570,000 persons']);
  });
  it('bar with a label column: the words as published, with no unit added', () => {
    const rows = [{ place: 'Baku', persons: 0.4, said: 'less than half' }];
    expect(titles('bar', rows, { x: 'persons', y: 'place', label: 'said' })).toEqual(['Baku: less than half']);
  });
  it('in Azerbaijani: the number as Azerbaijani writes it, with the translated unit', () => {
    const rows = [{ year: 2008, flow: 'Pul köçürmələri', n: 1416.4 }];
    const plot = presets.get('line')!.spec(rows, { x: 'year', y: 'n', series: 'flow' } as PresetOptions<(typeof rows)[number]>, { ...frame, lang: 'az', unit: 'mln ABŞ dolları' }).plot!;
    expect([...renderSvg(plot, labels, 'az').matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1])).toEqual(['2008, Pul köçürmələri: 1.416,4 mln ABŞ dolları']);
  });
  it('route map: origin, destination and kind of route', () => {
    const rows = [{ from: 'Azerbaijan', to: 'Turkey', role: 'origin' }];
    expect(titles('route-map', rows, { from: 'from', to: 'to', series: 'role' })).toEqual(['Azerbaijan → Turkey (origin)']);
  });
});
