/**
 * Estimates as intervals: a bar from low to high for a range, a dot for a
 * single figure, and for a lower bound ("no less than 100,000", named by
 * `atLeast`) an open bar: a stop at the bound and an arrow on to the end of
 * the axis. Each is labelled as published ("approximately 600,000–800,000")
 * just above its own mark (range-labels.ts). Ranges are never collapsed to a
 * midpoint, and a bound is never drawn as a point.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, GRID_OPACITY, MAIN_COLOR } from '../theme.ts';
import { labelAt, numberAt } from '../columns.ts';
import { definePreset } from '../preset.ts';
import { categoryAxis } from '../category-axis.ts';
import { labelWidth, wrapText } from '../text-width.ts';
import { valueTip } from '../value-tip.ts';
import { axisEnd, labelPlace } from '../range-labels.ts';

const defaults = {
  rowHeight: 50,
  lineHeight: 15,
  minHeight: 120,
  axisHeight: 50,
  /** Thick enough that a short range still reads as a bar, with a stop at each end. */
  strokeWidth: 14,
  capHeight: 22,
  dotRadius: 7,
  marginRight: 36,
};

export const range = definePreset({
  name: 'range',
  summary: 'estimates as intervals: y = what is estimated, low and high = the ends of a range, x = a single figure, label = a qualifier such as "about"; atLeast = the qualifier that makes x a lower bound (an open bar)',
  required: ['y', 'low', 'high'],
  optional: ['x', 'label'],
  numeric: ['x', 'low', 'high'],
  labelIs: 'qualifier',
  spec(rows, { x, y, low, high, label, domain, atLeast }, frame) {
    type Row = (typeof rows)[number];
    const lowOf = (row: Row) => (low ? numberAt(row, low) : null);
    const highOf = (row: Row) => (high ? numberAt(row, high) : null);
    const valueOf = (row: Row) => (x ? numberAt(row, x) : null);
    const qualifierOf = (row: Row) => (label ? labelAt(row, label) : '');
    // The qualifier as the page's language writes it, since the rows come labelled.
    const bound = atLeast && label ? (frame.valueLabel?.(label, atLeast) ?? atLeast) : undefined;
    const isBound = (row: Row) => bound !== undefined && valueOf(row) !== null && qualifierOf(row) === bound;
    const ranges = rows.filter((row) => lowOf(row) !== null && highOf(row) !== null);
    const bounds = rows.filter(isBound);
    const singles = rows.filter((row) => valueOf(row) !== null && !isBound(row));
    const text = (row: Row) => {
      const qualifier = qualifierOf(row);
      const figure = valueOf(row) !== null ? formatNumber(valueOf(row), frame.lang) : `${formatNumber(lowOf(row), frame.lang)}–${formatNumber(highOf(row), frame.lang)}`;
      return qualifier && qualifier !== '-' ? `${qualifier} ${figure}` : figure;
    };
    const category = (row: Row) => labelAt(row, y);
    const tip = (row: Row) => valueTip(frame.lang, { what: [category(row)], value: text(row), unit: frame.unit });
    const axis = categoryAxis(rows.map(category), frame.width);
    const start = (row: Row) => valueOf(row) ?? lowOf(row);
    const end = (row: Row) => valueOf(row) ?? highOf(row);
    const labelled = rows.filter((row) => end(row) !== null);
    const max = domain ? domain[1] : axisEnd(Math.max(0, ...labelled.map((row) => end(row) ?? 0)));
    const area = { left: axis.marginLeft, right: frame.width - defaults.marginRight, max };
    // Labels as published can be long ("currently fluctuates at around 9,000–11,000"):
    // on a phone they wrap, and rows grow to hold them.
    const wrapped = new Map(rows.map((row) => [row, wrapText(text(row), area.right - area.left).join('\n')]));
    const places = new Map(labelled.map((row) => [row, labelPlace({ start: start(row) ?? 0, end: isBound(row) ? max : (end(row) ?? 0), width: labelWidth(wrapped.get(row) ?? '') }, area)]));
    const placed = (anchor: 'start' | 'middle' | 'end', atEdge: boolean) => labelled.filter((row) => places.get(row)?.anchor === anchor && (places.get(row)?.x === null) === atEdge);
    const labelMark = (data: Row[], place: Partial<Plot.TextOptions>) =>
      Plot.text(data, { y: category, text: (row) => wrapped.get(row) ?? text(row), dy: -(defaults.capHeight / 2 + 3), lineAnchor: 'bottom', lineHeight: 1.1, ...place });
    const labelLines = Math.max(1, ...[...wrapped.values()].map((lines) => lines.split('\n').length));
    const rowHeight = defaults.rowHeight + (Math.max(axis.lines, labelLines) - 1) * defaults.lineHeight;
    return {
      plot: {
        width: frame.width,
        marginLeft: axis.marginLeft,
        marginRight: defaults.marginRight,
        // A first row's label of several lines stands above its band: room for it above the chart.
        marginTop: 20 + (labelLines - 1) * defaults.lineHeight,
        height: Math.max(defaults.minHeight, rows.length * rowHeight + defaults.axisHeight) + (labelLines - 1) * defaults.lineHeight,
        x: { label: frame.unit ?? frame.xLabel, grid: false, domain: [domain ? domain[0] : 0, max] },
        // Each row's mark sits low in its band, its label above it.
        y: { axis: null, type: 'band', domain: rows.map(category), paddingInner: 0, align: 1, padding: 0 },
        marks: [
          Plot.gridX({ strokeOpacity: GRID_OPACITY }),
          Plot.ruleX([0], { strokeOpacity: 0.5 }),
          axis.mark,
          Plot.ruleY(ranges, { x1: lowOf, x2: highOf, y: category, stroke: MAIN_COLOR, strokeWidth: defaults.strokeWidth, strokeLinecap: 'butt', title: tip }),
          Plot.tickX(ranges.flatMap((row) => [{ row, at: lowOf(row) }, { row, at: highOf(row) }]), { x: 'at', y: ({ row }) => category(row), stroke: MAIN_COLOR, strokeWidth: 2, insetTop: (rowHeight - defaults.capHeight) / 2, insetBottom: (rowHeight - defaults.capHeight) / 2 }),
          // An open bar: a stop at the bound, then a dashed arrow on to the end of the axis.
          Plot.tickX(bounds, { x: valueOf, y: category, stroke: MAIN_COLOR, strokeWidth: 3, insetTop: (rowHeight - defaults.capHeight) / 2, insetBottom: (rowHeight - defaults.capHeight) / 2, title: tip }),
          Plot.arrow(bounds, { x1: valueOf, x2: () => max, y1: category, y2: category, stroke: MAIN_COLOR, strokeWidth: 3, strokeDasharray: '6 4', headLength: 10 }),
          Plot.dot(singles, { x: valueOf, y: category, r: defaults.dotRadius, fill: MAIN_COLOR, title: tip }),
          labelMark(placed('middle', false), { x: start, textAnchor: 'middle' }),
          labelMark(placed('start', false), { x: start, textAnchor: 'start' }),
          labelMark(placed('end', false), { x: (row) => (isBound(row) ? max : end(row)), textAnchor: 'end' }),
          labelMark(placed('start', true), { frameAnchor: 'left', textAnchor: 'start' }),
        ],
      },
    };
  },
});
