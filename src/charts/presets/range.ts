/**
 * Estimates as intervals: a bar from low to high for a range, a dot for a
 * single figure, each labelled as published ("600,000–800,000"). Ranges are
 * never collapsed to a midpoint.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, GRID_OPACITY, MAIN_COLOR } from '../theme.ts';
import { labelAt, numberAt } from '../columns.ts';
import { definePreset } from '../preset.ts';
import { categoryAxis } from '../category-axis.ts';
import { wrapText } from '../text-width.ts';
import { valueTip } from '../value-tip.ts';

const defaults = {
  rowHeight: 44,
  lineHeight: 15,
  minHeight: 120,
  axisHeight: 50,
  strokeWidth: 9,
  dotRadius: 6,
  marginRight: 36,
};

export const range = definePreset({
  name: 'range',
  summary: 'estimates as intervals: y = what is estimated, low and high = the ends of a range, x = a single figure, label = a qualifier such as "about"',
  required: ['y', 'low', 'high'],
  optional: ['x', 'label'],
  numeric: ['x', 'low', 'high'],
  spec(rows, { x, y, low, high, label, domain }, frame) {
    type Row = (typeof rows)[number];
    const lowOf = (row: Row) => (low ? numberAt(row, low) : null);
    const highOf = (row: Row) => (high ? numberAt(row, high) : null);
    const valueOf = (row: Row) => (x ? numberAt(row, x) : null);
    const ranges = rows.filter((row) => lowOf(row) !== null && highOf(row) !== null);
    const singles = rows.filter((row) => valueOf(row) !== null);
    const text = (row: Row) => {
      const qualifier = label ? labelAt(row, label) : '';
      const figure = valueOf(row) !== null ? formatNumber(valueOf(row), frame.lang) : `${formatNumber(lowOf(row), frame.lang)}–${formatNumber(highOf(row), frame.lang)}`;
      return qualifier && qualifier !== '-' ? `${qualifier} ${figure}` : figure;
    };
    const category = (row: Row) => labelAt(row, y);
    const tip = (row: Row) => valueTip(frame.lang, { what: [category(row)], value: text(row), unit: frame.unit });
    const axis = categoryAxis(rows.map(category), frame.width);
    const end = (row: Row) => valueOf(row) ?? highOf(row);
    // Labels as published can be long ("currently fluctuates at around 9,000–11,000"):
    // on a phone they wrap above their interval, and rows grow to hold them.
    const labelRoom = frame.width - axis.marginLeft - 4;
    const wrapped = new Map(rows.map((row) => [row, wrapText(text(row), labelRoom).join('\n')]));
    const labelLines = Math.max(1, ...[...wrapped.values()].map((lines) => lines.split('\n').length));
    const extraLines = Math.max(axis.lines, labelLines) - 1;
    return {
      plot: {
        width: frame.width,
        height: Math.max(defaults.minHeight, rows.length * (defaults.rowHeight + extraLines * defaults.lineHeight) + defaults.axisHeight),
        marginLeft: axis.marginLeft,
        marginRight: defaults.marginRight,
        x: { label: frame.unit ?? frame.xLabel, grid: false, zero: true, ...(domain ? { domain: [...domain] } : {}) },
        y: { axis: null, domain: rows.map(category) },
        marks: [
          Plot.gridX({ strokeOpacity: GRID_OPACITY }),
          axis.mark,
          Plot.ruleY(ranges, { x1: lowOf, x2: highOf, y: category, stroke: MAIN_COLOR, strokeWidth: defaults.strokeWidth, strokeLinecap: 'butt', title: tip }),
          Plot.dot(singles, { x: valueOf, y: category, r: defaults.dotRadius, fill: MAIN_COLOR, title: tip }),
          // Above each interval, from the left edge: long labels such as
          // "approximately 600,000–800,000" then fit on a phone too.
          Plot.text(rows.filter((row) => end(row) !== null), { frameAnchor: 'left', y: category, text: (row) => wrapped.get(row) ?? text(row), dy: -8, textAnchor: 'start', lineAnchor: 'bottom', lineHeight: 1.1 }),
        ],
      },
    };
  },
});
