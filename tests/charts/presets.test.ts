/** Chart presets are pure functions: rows in, Plot options out. No DOM needed. */
import { describe, expect, it } from 'vitest';
import type { Markish, PlotOptions } from '@observablehq/plot';
import { presets } from '../../src/charts/presets/index.ts';
import { spacedTicks } from '../../src/charts/presets/line.ts';
import { placeStackLabels } from '../../src/charts/stack-labels.ts';
import type { PresetOptions } from '../../src/charts/preset.ts';
import { applyWhere, parseWhere } from '../../src/charts/where.ts';

const frame = { width: 640, lang: 'en' as const, xLabel: 'Year', yLabel: 'US$ millions' };

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

/** A preset's result, for presets that draw a chart. */
function chart<Row>(name: string, rows: Row[], options: PresetOptions<Row>, chartFrame = frame) {
  const { plot, legend } = preset(name).spec(rows, options, chartFrame);
  if (!plot) throw new Error(`${name} drew no chart`);
  return { plot, legend };
}

// The first mark of that kind that draws rows (category labels are plain strings, a zero line a plain number).
function markData(marks: readonly Markish[] | undefined, ariaLabel: string, rowsOnly = true): unknown[] {
  const mark = (marks ?? []).find(
    (m) => (m as { ariaLabel?: string }).ariaLabel === ariaLabel && (!rowsOnly || typeof ((m as { data?: unknown[] }).data ?? [])[0] === 'object'),
  ) as { data?: unknown[] } | undefined;
  if (!mark) throw new Error(`no ${ariaLabel} mark`);
  return [...(mark.data ?? [])];
}

/** The text written on each row by the preset's value labels. */
function valueLabels(marks: readonly Markish[] | undefined): (row: unknown) => string {
  const mark = (marks ?? []).find(
    (m) => (m as { ariaLabel?: string }).ariaLabel === 'text' && typeof ((m as { data?: unknown[] }).data ?? [])[0] !== 'string',
  ) as unknown as { channels: { text: { value: (row: unknown) => string } } };
  return (row) => mark.channels.text.value(row);
}

describe('line preset', () => {
  const { plot, legend } = chart('line', flows, { x: 'year', y: 'usd_millions', series: 'flow' });

  it('draws one coloured series per value of the series column, in CSV order', () => {
    expect(plot.color?.domain).toEqual(['Inward', 'Outward']);
    expect(plot.color?.range).toEqual(['var(--fig-series-1)', 'var(--fig-series-2)']);
  });

  it('labels lines directly instead of needing a legend', () => {
    expect(legend).toBeUndefined();
    expect(markData(plot.marks, 'text')).toHaveLength(5);
  });

  it('keeps a missing value out of the dots and the lines, so a gap is not drawn as zero', () => {
    expect(markData(plot.marks, 'dot')).toHaveLength(5);
    expect(markData(plot.marks, 'line')).toHaveLength(5);
  });

  it('rounds the value axis out, so the highest point never stands above the top tick', () => {
    expect(plot.y?.nice).toBe(true);
  });

  it('ticks every year, written as a year', () => {
    expect(plot.x?.ticks).toEqual([2008, 2009, 2010]);
    expect((plot.x?.tickFormat as (value: number) => string)(2010)).toBe('2010');
    expect(plot.y?.label).toBe('US$ millions');
  });
});

describe('year ticks', () => {
  it('drop years that would crowd their neighbours, keeping the last', () => {
    const years = [1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010];
    expect(spacedTicks(years, 520)).toEqual([1991, 1997, 2003, 2008, 2010]);
    expect(spacedTicks(years, 2000)).toEqual(years);
    const narrow = spacedTicks(years, 250);
    for (let i = 1; i < narrow.length; i++) expect((narrow[i]! - narrow[i - 1]!) * (250 / 20)).toBeGreaterThanOrEqual(40);
  });
});

describe('stacked-bar preset', () => {
  const parts = [
    { year: '2009', component: 'Workers', usd_millions: 1182 },
    { year: '2009', component: 'Employees', usd_millions: 73 },
    { year: '2010', component: 'Workers', usd_millions: null },
    { year: '2010', component: 'Employees', usd_millions: null },
  ];
  const { plot, legend } = chart('stacked-bar', parts, { x: 'year', y: 'usd_millions', series: 'component' });

  it('keeps a category whose parts are all missing, marked "no data"', () => {
    expect(plot.x?.domain).toEqual(['2009', '2010']);
    expect(markData(plot.marks, 'bar')).toHaveLength(2);
    expect(markData(plot.marks, 'text', false)).toEqual(['2010']);
  });

  it('names the parts beside the last drawn bar, so colour is not the only key', () => {
    const names = markData(plot.marks, 'text').map((label) => (label as { label: string }).label);
    expect(names).toEqual(['Workers', 'Employees']);
  });

  it('places part names at their middles, pushed apart when they would overlap', () => {
    expect(placeStackLabels([{ label: 'a', value: 100 }, { label: 'b', value: 2 }, { label: 'c', value: 1 }], 10)).toEqual([
      { label: 'a', y: 50 },
      { label: 'b', y: 101 },
      { label: 'c', y: 111 },
    ]);
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
  const { plot } = chart('bar', shares, { x: 'share', y: 'measure', label: 'said', domain: [0, 100] }, { ...frame, xLabel: 'Per cent' });

  it('sorts categories by value, largest first, with missing values last', () => {
    expect(plot.y?.domain).toEqual(['Household', 'Business', 'Unknown']);
  });

  it('uses the fixed domain and labels bars with the source wording', () => {
    expect(plot.x?.domain).toEqual([0, 100]);
    expect(valueLabels(plot.marks)(shares[0])).toBe('less than half a per cent');
  });

  it('grows with the number of categories', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ measure: `c${i}`, share: i, said: '' }));
    expect(chart('bar', many, { x: 'share', y: 'measure' }).plot.height).toBeGreaterThan(plot.height ?? 0);
  });
});

describe('range preset', () => {
  const estimates = [
    { region: 'Russia', value: null, low: 600000, high: 800000, qualifier: 'approximately' },
    { region: 'Turkey', value: 100000, low: null, high: null, qualifier: 'no less than' },
    { region: 'Work permits', value: 5000, low: null, high: null, qualifier: 'nearly' },
  ];
  const options = { x: 'value', y: 'region', low: 'low', high: 'high', label: 'qualifier' } as const;
  const { plot } = chart('range', estimates, { ...options, atLeast: 'no less than' }, { ...frame, width: 360 });

  it('draws a range as an interval and a single figure as a dot, never a midpoint', () => {
    expect(markData(plot.marks, 'rule')).toEqual([estimates[0]]);
    expect(markData(plot.marks, 'dot')).toEqual([estimates[2]]);
  });

  it('draws a lower bound ("no less than") as an open bar: an arrow from the bound to the end of the axis, not a point', () => {
    expect(markData(plot.marks, 'arrow')).toEqual([estimates[1]]);
    expect(plot.x?.domain).toEqual([0, 800000]);
    const { plot: withoutBound } = chart('range', estimates, options);
    expect(markData(withoutBound.marks, 'dot')).toEqual([estimates[1], estimates[2]]);
  });

  it('labels each estimate as published', () => {
    expect(estimates.map(valueLabels(plot.marks))).toEqual(['approximately 600,000–800,000', 'no less than 100,000', 'nearly 5,000']);
  });
});

describe('dot preset', () => {
  const counts = [
    { measure: 'Foreigners, 2007', agency: 'Ministry of Labour', persons: 30000 },
    { measure: 'Foreigners, 2007', agency: 'Ministry of Internal Affairs', persons: 27000 },
  ];
  const { plot, legend } = chart('dot', counts, { x: 'persons', y: 'measure', series: 'agency' });

  it('puts conflicting figures for the same thing on one line, coloured by who reported them', () => {
    expect(plot.y?.domain).toEqual(['Foreigners, 2007']);
    expect(legend?.map((item) => item.label)).toEqual(['Ministry of Labour', 'Ministry of Internal Affairs']);
  });

  it('draws each reporter with its own shape as well as colour', () => {
    expect(plot.symbol?.range).toEqual(['circle', 'square']);
    expect(legend?.map((item) => item.symbol)).toEqual(['circle', 'square']);
  });
});

describe('timeline preset', () => {
  it('lists events by date, keeping dates as precise as written', () => {
    const events = [
      { date: '2007-03-19', kind: 'institution', event: 'State Migration Service set up' },
      { date: '2005', kind: 'law', event: 'Anti-trafficking law' },
    ];
    const result = preset('timeline').spec(events, { x: 'date', y: 'event', series: 'kind' }, frame);
    expect(result.plot).toBeUndefined();
    expect(result.timeline).toEqual([
      { date: '2005', label: 'Anti-trafficking law', kind: 'law' },
      { date: '2007-03-19', label: 'State Migration Service set up', kind: 'institution' },
    ]);
  });
});

describe('route-map preset', () => {
  const routes = [
    { origin: 'Afghanistan', destination: 'Azerbaijan', kind: 'Transit' },
    { origin: 'Azerbaijan', destination: 'Germany', kind: 'Onward' },
  ];

  it('draws one arrow per route and names every country on a route', () => {
    const { plot, legend } = chart('route-map', routes, { x: 'origin', y: 'destination', from: 'origin', to: 'destination', series: 'kind' });
    const arrows = (plot.marks ?? []).filter((m) => (m as { ariaLabel?: string }).ariaLabel === 'arrow') as unknown as { data: unknown[] }[];
    expect(arrows.map((arrow) => arrow.data.length)).toEqual([1, 1]);
    expect(legend?.map((item) => item.dash)).toEqual(['', '7 4']);
    const names = markData(plot.marks, 'text').map((label) => (label as { name: string }).name);
    expect(names.sort()).toEqual(['Afghanistan', 'Azerbaijan', 'Germany']);
    expect(legend?.map((item) => item.label)).toEqual(['Transit', 'Onward']);
  });

  it('on a phone, draws one map per value of panel, each with its own routes and the colours and dashes of the whole figure', () => {
    const options = { x: 'origin', y: 'destination', from: 'origin', to: 'destination', series: 'kind', panel: 'kind' } as const;
    const narrow = preset('route-map').spec(routes, options, { ...frame, width: 360, valueLabel: (_column, value) => `${value}!` });
    expect(narrow.plot).toBeUndefined();
    expect(narrow.panels?.map((panel) => panel.heading)).toEqual(['Transit!', 'Onward!']);
    const arrowsOf = (plot: PlotOptions) => (plot.marks ?? []).filter((m) => (m as { ariaLabel?: string }).ariaLabel === 'arrow') as unknown as { data: { origin: { properties: { name: string } } }[] }[];
    expect(narrow.panels?.map((panel) => arrowsOf(panel.plot).flatMap((arrow) => arrow.data.map((route) => route.origin.properties.name)))).toEqual([['Afghanistan'], ['Azerbaijan']]);
    expect(narrow.panels?.map((panel) => panel.plot.color?.range)).toEqual([['var(--fig-series-1)', 'var(--fig-series-2)'], ['var(--fig-series-1)', 'var(--fig-series-2)']]);
    expect(narrow.legend?.map((item) => item.dash)).toEqual(['', '7 4']);
    const wide = preset('route-map').spec(routes, options, { ...frame, width: 640 });
    expect(wide.panels).toBeUndefined();
    expect(wide.plot).toBeDefined();
  });

  it('draws a route through another country as two arrows, to it and on from it, each named by the whole route', () => {
    const through = [{ origin: 'Uzbekistan', destination: 'Turkey', via: 'Azerbaijan' }, { origin: 'Azerbaijan', destination: 'Iran', via: null }];
    const { plot } = chart('route-map', through, { x: 'origin', y: 'destination', from: 'origin', to: 'destination', via: 'via' });
    const legs = markData(plot.marks, 'arrow') as { origin: { properties: { name: string } }; destination: { properties: { name: string } }; title: string }[];
    expect(legs.map((leg) => `${leg.origin.properties.name}-${leg.destination.properties.name}`)).toEqual(['Uzbekistan-Azerbaijan', 'Azerbaijan-Turkey', 'Azerbaijan-Iran']);
    expect(legs.map((leg) => leg.title)).toEqual(['Uzbekistan → Azerbaijan → Turkey', 'Uzbekistan → Azerbaijan → Turkey', 'Azerbaijan → Iran']);
  });

  it('lists the routes in words, from → via → to, by kind in the legend\'s order, in the page\'s language, wide and narrow alike', () => {
    const rows = [
      { origin: 'Uzbekistan', destination: 'Turkey', via: 'Azerbaijan', kind: 'Transit' },
      { origin: 'Azerbaijan', destination: 'Iran', via: null, kind: 'Origin' },
      { origin: 'Kazakhstan', destination: 'United Arab Emirates', via: 'Azerbaijan', kind: 'Transit' },
    ];
    const options = { x: 'origin', y: 'destination', from: 'origin', to: 'destination', via: 'via', series: 'kind', panel: 'kind' } as const;
    const az = { ...frame, valueLabel: (column: string, value: string) => (column === 'kind' ? `${value} (kind)` : value === 'Turkey' ? 'Türkiyə' : value) };
    for (const width of [640, 360]) {
      const { routes, legend } = preset('route-map').spec(rows, options, { ...az, width });
      expect(routes).toEqual([
        { kind: 'Transit (kind)', color: legend?.[0]?.color, dash: '', routes: [{ places: ['Uzbekistan', 'Azerbaijan', 'Türkiyə'] }, { places: ['Kazakhstan', 'Azerbaijan', 'United Arab Emirates'] }] },
        { kind: 'Origin (kind)', color: legend?.[1]?.color, dash: '7 4', routes: [{ places: ['Azerbaijan', 'Iran'] }] },
      ]);
    }
    const plain = preset('route-map').spec(rows.slice(1, 2), { x: 'origin', y: 'destination', from: 'origin', to: 'destination' }, frame);
    expect(plain.routes).toEqual([{ kind: '', routes: [{ places: ['Azerbaijan', 'Iran'] }] }]);
    const labelled = preset('route-map').spec([{ ...rows[1]!, purpose: 'sex trafficking' }], { x: 'origin', y: 'destination', from: 'origin', to: 'destination', label: 'purpose' }, frame);
    expect(labelled.routes).toEqual([{ kind: '', routes: [{ places: ['Azerbaijan', 'Iran'], label: 'sex trafficking' }] }]);
  });

  it('refuses a country name the map does not know, listing the names it knows', () => {
    expect(() => chart('route-map', [{ origin: 'Persia', destination: 'Azerbaijan' }], { x: 'origin', y: 'destination', from: 'origin', to: 'destination' })).toThrow(
      /"Persia": not a country name of the world map; use one of: .*Iran/,
    );
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
