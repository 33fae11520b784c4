/**
 * Lines over years, one per series, labelled at their last point (no legend
 * to decode). A missing value, or a run of years the source does not give,
 * breaks the line instead of being bridged (year-gaps.ts): a year standing
 * alone is its dot.
 */
import * as Plot from '@observablehq/plot';
import { GRID_OPACITY, MARGIN_LEFT, seriesColors } from '../theme.ts';
import { distinctLabels, labelAt, numberAt } from '../columns.ts';
import { definePreset } from '../preset.ts';
import { textWidth } from '../text-width.ts';
import { valueTip } from '../value-tip.ts';
import { lineStretches } from '../year-gaps.ts';

const defaults = {
  height: 340,
  /** Least room for one year label on the axis, in pixels: the label and a gap. */
  tickSpacing: Math.ceil(textWidth('2000')) + 12,
  strokeWidth: 2.5,
  dotRadius: 3.5,
  marginRight: 90,
  /** The first year stands this far right of the value axis, so its label never meets the "0" tick. */
  insetLeft: 12,
};

export const line = definePreset({
  name: 'line',
  summary: 'lines over time: x = the year, y = the number, series = one line per value of that column',
  required: ['x', 'y'],
  optional: ['series'],
  numeric: ['x', 'y'],
  spec(rows, { x, y, series, domain }, frame) {
    const seriesOf = (row: (typeof rows)[number]) => (series ? labelAt(row, series) : frame.yLabel);
    const names = series ? distinctLabels(rows, series) : [frame.yLabel];
    const colors = seriesColors(names);
    const known = rows.filter((row) => numberAt(row, y) !== null);
    const years = [...new Set(rows.map((row) => numberAt(row, x)).filter((value) => value !== null))];
    const position = { x: (row: (typeof rows)[number]) => numberAt(row, x), y: (row: (typeof rows)[number]) => numberAt(row, y), z: seriesOf };
    const stretches = lineStretches(rows, position.x, position.y, seriesOf);
    return {
      plot: {
        width: frame.width,
        height: defaults.height,
        marginLeft: MARGIN_LEFT,
        marginRight: series ? defaults.marginRight : 20,
        x: { label: frame.xLabel, insetLeft: defaults.insetLeft, ticks: spacedTicks(years, frame.width - MARGIN_LEFT - defaults.insetLeft - (series ? defaults.marginRight : 20)), tickFormat: (value: number) => String(value) },
        // Nice: the highest value never stands above the top tick.
        // …and the top tick sits a little below the frame's top, clear of the axis label above it.
        y: { label: frame.yLabel, zero: true, nice: true, insetTop: 12, ...(domain ? { domain: [...domain] } : {}) },
        color: { domain: names, range: colors },
        marks: [
          Plot.gridY({ strokeOpacity: GRID_OPACITY }),
          Plot.ruleY([0]),
          Plot.line([...stretches.keys()], { ...position, z: (row) => stretches.get(row), stroke: seriesOf, strokeWidth: defaults.strokeWidth }),
          Plot.dot(known, { ...position, fill: seriesOf, r: defaults.dotRadius, title: (row) => valueTip(frame.lang, { what: [labelAt(row, x), seriesOf(row)], value: numberAt(row, y), unit: frame.unit }) }),
          ...(series ? [Plot.text(known, Plot.selectLast({ ...position, text: seriesOf, fill: seriesOf, dx: 8, textAnchor: 'start', fontWeight: 600 }))] : []),
        ],
      },
    };
  },
});

/** The years to label, dropping those that would crowd their neighbours (the last year is always kept). */
export function spacedTicks(years: readonly number[], plotWidth: number): number[] {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || first === last) return sorted;
  const minGap = (defaults.tickSpacing * (last - first)) / plotWidth;
  const kept: number[] = [];
  for (const year of sorted.reverse()) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || previous - year >= minGap) kept.push(year);
  }
  return kept.reverse();
}
