/**
 * Where an estimate's label goes: just above its own mark, centred over a dot
 * or starting where a bar starts; ending where it ends when it would run out of the chart; and
 * from the chart's left edge only when it is wider than the room either way.
 * Pure arithmetic on the chart's own linear scale (domain from zero).
 */
import * as Plot from '@observablehq/plot';
export interface MarkSpan {
  /** Where the mark starts and ends, in data units (equal for a dot). */
  start: number;
  end: number;
  /** The label's width in pixels (its widest line). */
  width: number;
}

export interface PlotArea {
  left: number;
  right: number;
  /** The value at the right edge of the plot; the left edge is zero. */
  max: number;
}

export type LabelPlace = { x: number; anchor: 'start' | 'middle' | 'end' } | { x: null; anchor: 'start' };

export function labelPlace({ start, end, width }: MarkSpan, { left, right, max }: PlotArea): LabelPlace {
  const px = (value: number) => left + (max > 0 ? (value / max) * (right - left) : 0);
  // A dot's label is centred over it where it fits.
  if (start === end && px(start) - width / 2 >= left && px(start) + width / 2 <= right) return { x: start, anchor: 'middle' };
  if (px(start) + width <= right) return { x: start, anchor: 'start' };
  if (px(end) - width >= left) return { x: end, anchor: 'end' };
  return { x: null, anchor: 'start' };
}

/** The end of a value axis from zero that holds `max` and ends on a tick, as Plot would round it. */
export function axisEnd(max: number): number {
  const domain = Plot.scale({ x: { domain: [0, max > 0 ? max : 1], nice: true } }).domain as number[];
  return domain[1] ?? max;
}
