/** The small chart of a key-figure card: every row of its figure is drawn, the card's own in the main colour. */
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { miniChart } from '../../src/charts/key-figure-chart.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const draw = (options: Plot.PlotOptions) => Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;

describe('miniChart, ranges', () => {
  const rows = [
    { region: 'A', value: null, low: 600, high: 800 },
    { region: 'B', value: null, low: 120, high: 140 },
    { region: 'C', value: 100, low: null, high: null },
  ];

  it('draws a range as a bar and a single figure among them as a dot, the card row highlighted', () => {
    const svg = draw(miniChart({ kind: 'ranges', rows, chosen: rows[0]!, x: 'value', y: 'region', low: 'low', high: 'high' }));
    expect(svg.querySelectorAll('line').length).toBeGreaterThanOrEqual(2);
    const dots = [...svg.querySelectorAll('circle')];
    expect(dots).toHaveLength(1);
    expect(dots[0]?.getAttribute('fill-opacity')).toBe('0.3');
  });

  it('highlights the single figure when the card quotes it', () => {
    const svg = draw(miniChart({ kind: 'ranges', rows, chosen: rows[2]!, x: 'value', y: 'region', low: 'low', high: 'high' }));
    const dot = svg.querySelector('circle');
    expect(dot?.getAttribute('fill')).toBe('var(--fig-series-1)');
    expect(dot?.getAttribute('fill-opacity')).toBe('1');
  });
});
