/**
 * Dots to compare figures for the same things, e.g. counts that different
 * agencies gave for one year: x = the number, y = what is counted, series =
 * who counted. Each dot carries its number, so colour is never the only cue.
 */
import * as Plot from '@observablehq/plot';
import { GRID_OPACITY, MAIN_COLOR, SYMBOLS, formatNumber, seriesColors } from '../theme.ts';
import { distinctLabels, labelAt, numberAt } from '../columns.ts';
import { definePreset } from '../preset.ts';
import { categoryAxis } from '../category-axis.ts';
import { avoidingOverlap } from '../value-labels.ts';
import { valueTip } from '../value-tip.ts';

const defaults = {
  rowHeight: 44,
  lineHeight: 15,
  minHeight: 120,
  axisHeight: 50,
  dotRadius: 6,
};

export const dot = definePreset({
  name: 'dot',
  summary: 'dots to compare figures: x = the number, y = what is measured, series = who reported it (colour and legend)',
  required: ['x', 'y'],
  optional: ['series'],
  numeric: ['x'],
  spec(rows, { x, y, series, domain }, frame) {
    type Row = (typeof rows)[number];
    const known = rows.filter((row) => numberAt(row, x) !== null);
    const names = series ? distinctLabels(rows, series) : [];
    const colors = seriesColors(names);
    const symbols = names.map((_, index) => SYMBOLS[index % SYMBOLS.length] ?? 'circle');
    const seriesOf = (row: Row) => (series ? labelAt(row, series) : '');
    const categories = distinctLabels(rows, y);
    const axis = categoryAxis(categories, frame.width);
    const position = { x: (row: Row) => numberAt(row, x), y: (row: Row) => labelAt(row, y) };
    return {
      plot: {
        width: frame.width,
        height: Math.max(defaults.minHeight, categories.length * (defaults.rowHeight + (axis.lines - 1) * defaults.lineHeight) + defaults.axisHeight),
        marginLeft: axis.marginLeft,
        marginRight: 40,
        x: { label: frame.xLabel, zero: true, ...(domain ? { domain: [...domain] } : {}) },
        y: { axis: null, domain: categories },
        ...(series ? { color: { domain: names, range: colors }, symbol: { domain: names, range: symbols } } : {}),
        marks: [
          Plot.gridX({ strokeOpacity: GRID_OPACITY }),
          axis.mark,
          Plot.ruleY(categories, { stroke: 'currentColor', strokeOpacity: GRID_OPACITY }),
          Plot.dot(known, { ...position, r: defaults.dotRadius, fill: series ? seriesOf : MAIN_COLOR, ...(series ? { symbol: seriesOf } : {}), title: (row) => valueTip(frame.lang, { what: [labelAt(row, y), seriesOf(row)], value: numberAt(row, x), unit: frame.unit }) }),
          // Above each dot, or below or beside it where a close dot's label is in the way.
          Plot.text(known, { ...position, text: (row) => formatNumber(numberAt(row, x), frame.lang), render: avoidingOverlap() }),
        ],
      },
      ...(series ? { legend: names.map((label, index) => ({ label, color: colors[index] ?? MAIN_COLOR, symbol: symbols[index] ?? 'circle' })) } : {}),
    };
  },
});
