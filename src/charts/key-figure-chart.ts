/**
 * The small chart of a key-figure card: the figure's rows at a glance, with the
 * row the card quotes in the main colour and the others faint. A sparkline for
 * a series over time, small bars for categories, small spans for ranges.
 * Pure: rows in, Plot options out.
 */
import * as Plot from '@observablehq/plot';
import { INK, MAIN_COLOR } from './theme.ts';

export type MiniChartKind = 'line' | 'bars' | 'ranges';

export interface MiniChartInput {
  kind: MiniChartKind;
  rows: readonly Record<string, unknown>[];
  /** The row the card quotes. */
  chosen: Record<string, unknown>;
  /** line: x is the time column, y the value; bars/ranges: y is the category, x (or low/high) the value; a range row with x alone is a dot. */
  x: string;
  y: string;
  low?: string;
  high?: string;
}

export const MINI_WIDTH = 240;
export const MINI_HEIGHT = 56;

export function miniChart({ kind, rows, chosen, x, y, low, high }: MiniChartInput): Plot.PlotOptions {
  // A total the chart does not draw (its parts are drawn): every part in the main colour.
  const highlight = rows.includes(chosen);
  const colour = (row: Record<string, unknown>) => (!highlight || row === chosen ? MAIN_COLOR : INK);
  const opacity = (row: Record<string, unknown>) => (!highlight || row === chosen ? 1 : 0.3);
  const base = { width: MINI_WIDTH, height: MINI_HEIGHT, margin: 4, axis: null } satisfies Plot.PlotOptions;
  if (kind === 'line') {
    const values = rows.filter((row) => typeof row[y] === 'number');
    return {
      ...base,
      x: { type: 'linear' },
      marks: [
        Plot.ruleY([0], { stroke: INK, strokeOpacity: 0.25 }),
        Plot.line(values, { x, y, stroke: INK, strokeOpacity: 0.45, strokeWidth: 1.5 }),
        Plot.dot([chosen], { x, y, r: 3.5, fill: MAIN_COLOR }),
      ],
    };
  }
  if (kind === 'ranges') {
    return {
      ...base,
      y: { domain: rows.map((row) => String(row[y])) },
      marks: [
        Plot.ruleY(rows, { x1: low, x2: high, y: (row) => String(row[y]), stroke: colour, strokeOpacity: opacity, strokeWidth: 5 }),
        // A single figure among the ranges ("no less than 100,000", "nearly 5,000"): a dot where the range would be.
        Plot.dot(
          rows.filter((row) => typeof row[x] === 'number'),
          { x, y: (row) => String(row[y]), r: 2.5, fill: colour, fillOpacity: opacity },
        ),
        Plot.ruleX([0], { stroke: INK, strokeOpacity: 0.25 }),
      ],
    };
  }
  return {
    ...base,
    y: { domain: rows.map((row) => String(row[y])), padding: 0.15 },
    marks: [Plot.barX(rows, { x, y: (row) => String(row[y]), fill: colour, fillOpacity: opacity }), Plot.ruleX([0], { stroke: INK, strokeOpacity: 0.25 })],
  };
}
