/**
 * Every drawn mark of a preset carries its row's label and value as the
 * table formats them, in an SVG <title>: the text a reader sees on hover,
 * tap or arrow key (src/figures/figure-values.ts), and in the page with
 * JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/charts/presets/index.ts';
import type { PresetOptions } from '../../src/charts/preset.ts';
import { renderSvg } from '../../src/figures/render-svg.ts';

const frame = { width: 640, lang: 'en' as const, xLabel: 'Year', yLabel: 'Persons' };
const labels = { label: 'Figure 1. Test', describedBy: 'fig-test-description' };

function titles<Row>(name: string, rows: Row[], options: Partial<PresetOptions<Row>>): string[] {
  const plot = presets.get(name)!.spec(rows, options as PresetOptions<Row>, frame).plot!;
  return [...renderSvg(plot, labels, 'en').matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}

describe('mark titles', () => {
  it('bar: category and value; a missing value draws no mark', () => {
    const rows = [{ place: 'Baku', persons: 1287 }, { place: 'Ganja', persons: null }, { place: 'Sumgait', persons: 38.25 }];
    expect(titles('bar', rows, { x: 'persons', y: 'place' }).sort()).toEqual(['Baku: 1,287', 'Sumgait: 38.25']);
  });
  it('line: series, year and value', () => {
    const rows = [{ year: 2009, flow: 'In', n: 1200 }, { year: 2010, flow: 'In', n: -53.6 }];
    expect(titles('line', rows, { x: 'year', y: 'n', series: 'flow' })).toEqual(['In, 2009: 1,200', 'In, 2010: -53.6']);
  });
  it('stacked bar: category, part and value', () => {
    const rows = [{ year: '2010', part: 'Wages', n: 10 }, { year: '2010', part: 'Transfers', n: 5 }];
    expect(titles('stacked-bar', rows, { x: 'year', y: 'n', series: 'part' }).sort()).toEqual(['2010, Transfers: 5', '2010, Wages: 10']);
  });
  it('dot: what is counted, who counted and the value', () => {
    const rows = [{ what: 'Permits', who: 'Agency A', n: 4367 }, { what: 'Permits', who: 'Agency B', n: 5000 }];
    expect(titles('dot', rows, { x: 'n', y: 'what', series: 'who' })).toEqual(['Permits, Agency A: 4,367', 'Permits, Agency B: 5,000']);
  });
  it('range: the estimate and its range kept as a range, with its qualifier', () => {
    const rows = [{ what: 'Abroad', low: 600000, high: 800000, single: null, q: 'approximately' }, { what: 'Displaced', low: null, high: null, single: 570000, q: '-' }];
    expect(titles('range', rows, { y: 'what', low: 'low', high: 'high', x: 'single', label: 'q' })).toEqual(['Abroad: approximately 600,000–800,000', 'Displaced: 570,000']);
  });
  it('route map: origin, destination and kind of route', () => {
    const rows = [{ from: 'Azerbaijan', to: 'Turkey', role: 'origin' }];
    expect(titles('route-map', rows, { from: 'from', to: 'to', series: 'role' })).toEqual(['Azerbaijan → Turkey (origin)']);
  });
});
