/** Chart presets are pure functions: rows in, Plot options out. No DOM needed. */
import { describe, expect, it } from 'vitest';
import type { Markish } from '@observablehq/plot';
import { presets } from '../../src/charts/presets/index.ts';
import { applyWhere, parseWhere } from '../../src/charts/where.ts';

const frame = { width: 640, xLabel: 'Year', yLabel: 'US$ millions' };

const flows = [
  { year: 2008, flow: 'Inward', usd_millions: 1554 },
  { year: 2009, flow: 'Inward', usd_millions: 1273 },
  { year: 2010, flow: 'Inward', usd_millions: 1472 },
  { year: 2008, flow: 'Outward', usd_millions: 593 },
  { year: 2009, flow: 'Outward', usd_millions: 652 },
  { year: 2010, flow: 'Outward', usd_millions: null },
];

function preset(name: string) {
  const found = presets.get(name);
  if (!found) throw new Error(`no preset ${name}`);
  return found;
}

function markData(marks: readonly Markish[] | undefined, ariaLabel: string): unknown[] {
  const mark = (marks ?? []).find((m) => (m as { ariaLabel?: string }).ariaLabel === ariaLabel) as { data?: unknown[] } | undefined;
  if (!mark) throw new Error(`no ${ariaLabel} mark`);
  return [...(mark.data ?? [])];
}

describe('line preset', () => {
  const { plot, legend } = preset('line').spec(flows, { x: 'year', y: 'usd_millions', series: 'flow' }, frame);

  it('draws one coloured series per value of the series column, in CSV order', () => {
    expect(plot.color?.domain).toEqual(['Inward', 'Outward']);
    expect(plot.color?.range).toEqual(['var(--fig-series-1)', 'var(--fig-series-2)']);
  });

  it('labels lines directly instead of needing a legend', () => {
    expect(legend).toBeUndefined();
    expect(markData(plot.marks, 'text')).toHaveLength(5);
  });

  it('keeps a missing value out of the dots, so a gap is not drawn as zero', () => {
    expect(markData(plot.marks, 'dot')).toHaveLength(5);
    expect(markData(plot.marks, 'line')).toHaveLength(6);
  });

  it('ticks every year, written as a year', () => {
    expect(plot.x?.ticks).toEqual([2008, 2009, 2010]);
    expect((plot.x?.tickFormat as (value: number) => string)(2010)).toBe('2010');
    expect(plot.y?.label).toBe('US$ millions');
  });
});

describe('stacked-bar preset', () => {
  const parts = [
    { year: '2009', component: 'Workers', usd_millions: 1182 },
    { year: '2009', component: 'Employees', usd_millions: 73 },
    { year: '2010', component: 'Workers', usd_millions: null },
    { year: '2010', component: 'Employees', usd_millions: null },
  ];
  const { plot, legend } = preset('stacked-bar').spec(parts, { x: 'year', y: 'usd_millions', series: 'component' }, frame);

  it('keeps a category whose parts are all missing, marked "no data"', () => {
    expect(plot.x?.domain).toEqual(['2009', '2010']);
    expect(markData(plot.marks, 'bar')).toHaveLength(2);
    expect(markData(plot.marks, 'text')).toEqual(['2010']);
  });

  it('gives a legend listing the top of the stack first', () => {
    expect(legend).toEqual([
      { label: 'Employees', color: 'var(--fig-series-2)' },
      { label: 'Workers', color: 'var(--fig-series-1)' },
    ]);
  });
});

describe('bar preset', () => {
  const shares = [
    { measure: 'Business', share: 0.5, said: 'less than half a per cent' },
    { measure: 'Household', share: 77, said: '77 per cent' },
    { measure: 'Unknown', share: null, said: '-' },
  ];
  const { plot } = preset('bar').spec(shares, { x: 'share', y: 'measure', label: 'said', domain: [0, 100] }, { ...frame, xLabel: 'Per cent' });

  it('sorts categories by value, largest first, with missing values last', () => {
    expect(plot.y?.domain).toEqual(['Household', 'Business', 'Unknown']);
  });

  it('uses the fixed domain and labels bars with the source wording', () => {
    expect(plot.x?.domain).toEqual([0, 100]);
    const labels = (plot.marks ?? []).find((m) => (m as { ariaLabel?: string }).ariaLabel === 'text') as unknown as { channels: { text: { value: (d: unknown) => string } } };
    expect(labels.channels.text.value(shares[0])).toBe('less than half a per cent');
  });

  it('grows with the number of categories', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ measure: `c${i}`, share: i, said: '' }));
    expect(preset('bar').spec(many, { x: 'share', y: 'measure' }, frame).plot.height).toBeGreaterThan(plot.height ?? 0);
  });
});

describe('where filter', () => {
  it('keeps rows matching every condition', () => {
    const { conditions, problem } = parseWhere('flow=Outward; year!=2008');
    expect(problem).toBeUndefined();
    expect(applyWhere(flows, conditions)).toEqual([flows[4], flows[5]]);
  });

  it('matches a missing value written as "-"', () => {
    expect(applyWhere(flows, parseWhere('usd_millions=-').conditions)).toEqual([flows[5]]);
  });

  it('explains a condition it cannot read', () => {
    expect(parseWhere('flow is Inward').problem).toBe('cannot read "flow is Inward"; write column=value or column!=value, separated by ";"');
  });
});
