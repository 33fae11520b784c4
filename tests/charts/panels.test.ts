/** Panels: measures that cannot be compared, drawn as charts one below the other (panels.ts, bar and dot presets, renderPanels). */
import { describe, expect, it } from 'vitest';
import type { Markish, PlotOptions } from '@observablehq/plot';
import { panelRows, PANEL_HEADING_HEIGHT } from '../../src/charts/panels.ts';
import { presets } from '../../src/charts/presets/index.ts';
import { renderPanels } from '../../src/figures/render-svg.ts';

const frame = { width: 360, lang: 'en' as const, xLabel: 'Persons', yLabel: 'Measure', unit: 'persons' };

// Table 4 of a report: a full year beside ten months, which must not share one row.
const table4 = [
  { period: '2010', measure: 'Number of criminals', persons: 137 },
  { period: 'January-October 2011', measure: 'Number of criminals', persons: null },
  { period: '2010', measure: 'Human traffickers', persons: 39 },
  { period: 'January-October 2011', measure: 'Human traffickers', persons: 18 },
  { period: '2010', measure: 'Victims', persons: 34 },
  { period: 'January-October 2011', measure: 'Victims', persons: 27 },
];

function drawn(name: string, rows: Record<string, unknown>[], options: Record<string, string>) {
  const preset = presets.get(name);
  if (!preset) throw new Error(`no preset ${name}`);
  const result = preset.spec(rows, { x: 'persons', y: 'measure', ...options }, frame);
  if (!result.panels) throw new Error(`${name} drew no panels`);
  return result;
}

const textsOf = (plot: PlotOptions) =>
  (plot.marks ?? [])
    .filter((mark) => (mark as { ariaLabel?: string }).ariaLabel === 'text')
    .map((mark) => mark as unknown as { data: unknown[]; channels: { text?: { value: (row: unknown) => string } } });

describe('panel rows', () => {
  it('split the rows by a column, panels in CSV order, rows in CSV order', () => {
    const panels = panelRows(table4, 'period');
    expect(panels.map((panel) => panel.heading)).toEqual(['2010', 'January-October 2011']);
    expect(panels[1]?.rows.map((row) => row.persons)).toEqual([null, 18, 27]);
  });
});

describe('bar preset with panel', () => {
  const { panels, plot } = drawn('bar', table4, { panel: 'period' });

  it('draws one chart per period instead of one chart', () => {
    expect(plot).toBeUndefined();
    expect(panels?.map((panel) => panel.heading)).toEqual(['2010', 'January-October 2011']);
  });

  it('gives every panel the same value scale and left margin, so the bars line up', () => {
    expect(panels?.map((panel) => panel.plot.x?.domain)).toEqual([[0, 137], [0, 137]]);
    expect(new Set(panels?.map((panel) => panel.plot.marginLeft)).size).toBe(1);
  });

  it('lists the same measures in the same order in every panel, a missing one marked "no data"', () => {
    expect(panels?.map((panel) => panel.plot.y?.domain)).toEqual([
      ['Number of criminals', 'Human traffickers', 'Victims'],
      ['Number of criminals', 'Human traffickers', 'Victims'],
    ]);
    const noData = textsOf(panels![1]!.plot).find((mark) => mark.data.length === 1 && (mark.data[0] as { persons: unknown }).persons === null);
    expect(noData).toBeDefined();
  });

  it('keeps a single chart sorted by value when there is no panel', () => {
    const single = presets.get('bar')!.spec(table4.filter((row) => row.period !== '2010'), { x: 'persons', y: 'measure' }, frame);
    expect(single.panels).toBeUndefined();
    expect(single.plot?.y?.domain).toEqual(['Victims', 'Human traffickers', 'Number of criminals']);
  });
});

describe('bar preset with one bar per panel', () => {
  // Shares of different bases: each its own bar on its own 0-100 axis, named by its heading.
  const shares = [
    { measure: 'Used for basic household expenses', share: 77, said: '77 per cent' },
    { measure: 'Sent through official channels', share: 33.3, said: 'a third' },
  ];
  const { panels } = presets.get('bar')!.spec(shares, { x: 'share', y: 'measure', label: 'said', panel: 'measure', domain: [0, 100] }, frame);

  it('names each bar by its panel heading only, with no category label beside it', () => {
    expect(panels?.map((panel) => panel.heading)).toEqual(['Used for basic household expenses', 'Sent through official channels']);
    expect(panels?.map((panel) => panel.plot.marginLeft)).toEqual([12, 12]);
    // Category labels are text marks over plain strings; the bar's own label is its row's wording.
    expect(textsOf(panels![0]!.plot).flatMap((mark) => mark.data).filter((datum) => typeof datum === 'string')).toEqual([]);
    const { plot: single } = presets.get('bar')!.spec(shares, { x: 'share', y: 'measure', label: 'said' }, frame);
    expect(textsOf(single!).flatMap((mark) => mark.data).filter((datum) => typeof datum === 'string')).toEqual(shares.map((row) => row.measure));
    expect(panels?.map((panel) => panel.plot.x?.domain)).toEqual([[0, 100], [0, 100]]);
  });
});

describe('dot preset with panel and label', () => {
  const counts = [
    { agency: 'Labour', category: 'Foreign nationals', measure: 'Temporarily residing', period: 'November 2007', persons: 30000 },
    { agency: 'Interior', category: 'Foreign nationals', measure: 'Registered', period: '2007', persons: 27000 },
    { agency: 'Labour', category: 'Irregular migrants', measure: 'Illegal migrants', period: 'beginning of 2008', persons: 25000 },
  ];
  const { panels, legend } = drawn('dot', counts, { series: 'agency', panel: 'category', label: 'period' });

  it('draws one panel per group, each with only its own rows, and one legend for all', () => {
    expect(panels?.map((panel) => [panel.heading, panel.plot.y?.domain])).toEqual([
      ['Foreign nationals', ['Temporarily residing', 'Registered']],
      ['Irregular migrants', ['Illegal migrants']],
    ]);
    expect(legend?.map((item) => item.label)).toEqual(['Labour', 'Interior']);
    expect(panels?.map((panel) => panel.plot.x?.domain)).toEqual([[0, 30000], [0, 30000]]);
  });

  it('writes each number with its date: under it on a phone, beside it on a wider chart', () => {
    const labels = textsOf(panels![0]!.plot).find((mark) => typeof mark.data[0] !== 'string');
    expect(labels?.data.map((row) => labels.channels.text?.value(row))).toEqual(['30,000\n(November 2007)', '27,000\n(2007)']);
    const wide = presets.get('dot')!.spec(counts, { x: 'persons', y: 'measure', label: 'period' }, { ...frame, width: 640 });
    const wideLabels = textsOf(wide.plot!).find((mark) => typeof mark.data[0] !== 'string');
    expect(wideLabels?.channels.text?.value(counts[0])).toBe('30,000 (November 2007)');
  });
});

describe('panels in one image', () => {
  const { panels } = drawn('bar', table4, { panel: 'period' });
  const svg = renderPanels(panels!, { label: 'Figure 1. Table 4', describedBy: 'fig-1-description' }, 'en');

  it('is one accessible SVG holding each panel under its heading, as tall as the panels and their headings', () => {
    expect(svg.match(/<svg/g)).toHaveLength(1);
    const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
    expect(root).toContain('role="img"');
    expect(root).toContain('aria-label="Figure 1. Table 4"');
    expect(root).toContain('class="report-chart"');
    expect([...svg.matchAll(/class="panel-heading"[^>]*>([^<]*)</g)].map((match) => match[1])).toEqual(['2010', 'January-October 2011']);
    const total = panels!.reduce((sum, panel) => sum + PANEL_HEADING_HEIGHT + (panel.plot.height ?? 0), 0);
    expect(svg).toContain(`height="${total}"`);
    expect(svg).toContain(`translate(0,${PANEL_HEADING_HEIGHT + (panels![0]!.plot.height ?? 0)})`);
  });

  it('keeps every bar\'s value with its unit for the tooltip', () => {
    expect([...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1])).toEqual([
      'Number of criminals: 137 persons',
      'Human traffickers: 39 persons',
      'Victims: 34 persons',
      'Human traffickers: 18 persons',
      'Victims: 27 persons',
    ]);
  });
});

// Marks stay typed as Plot's, so this file fails to compile if the marks' shape changes.
export type { Markish };
