/** Horizontal bars for categories, sorted by value, each labelled with its number. */
import * as Plot from '@observablehq/plot';
import { formatNumber, GRID_OPACITY, MAIN_COLOR } from '../theme.ts';
import { labelAt, numberAt } from '../columns.ts';
import { definePreset } from '../preset.ts';
import { t } from '../../i18n/index.ts';
import { categoryAxis } from '../category-axis.ts';
import { labelWidth, wrapText } from '../text-width.ts';
import { valueTip } from '../value-tip.ts';

const defaults = {
  rowHeight: 30,
  lineHeight: 15,
  minHeight: 120,
  axisHeight: 50,
};

export const bar = definePreset({
  name: 'bar',
  summary: 'horizontal bars: x = the number, y = the category; sorted by value',
  required: ['x', 'y'],
  optional: ['label'],
  numeric: ['x'],
  spec(rows, { x, y, label, domain }, frame) {
    const drawn = rows.filter((row) => numberAt(row, x) !== null);
    const missing = rows.filter((row) => numberAt(row, x) === null);
    const axis = categoryAxis(rows.map((row) => labelAt(row, y)), frame.width);
    const text = (row: (typeof rows)[number]) => (label ? labelAt(row, label) : formatNumber(numberAt(row, x), frame.lang));
    // Room for the value labels at the bar ends; long ones ("less than half a per cent") wrap.
    const labelRoom = Math.floor(frame.width * 0.35) - 12;
    const wrapped = new Map(drawn.map((row) => [row, wrapText(text(row), labelRoom).join('\n')]));
    const marginRight = Math.ceil(Math.max(28, ...[...wrapped.values()].map((lines) => labelWidth(lines))) + 12);
    const lines = Math.max(axis.lines, ...[...wrapped.values()].map((lines) => lines.split('\n').length));
    return {
      plot: {
        width: frame.width,
        height: Math.max(defaults.minHeight, rows.length * (defaults.rowHeight + (lines - 1) * defaults.lineHeight) + defaults.axisHeight),
        marginLeft: axis.marginLeft,
        marginRight,
        x: { label: frame.xLabel, ...(domain ? { domain: [...domain] } : {}) },
        y: { axis: null, domain: [...drawn].sort((a, b) => (numberAt(b, x) ?? 0) - (numberAt(a, x) ?? 0)).concat(missing).map((row) => labelAt(row, y)) },
        marks: [
          Plot.gridX({ strokeOpacity: GRID_OPACITY }),
          axis.mark,
          Plot.barX(drawn, { x: (row) => numberAt(row, x), y: (row) => labelAt(row, y), fill: MAIN_COLOR, title: (row) => valueTip(frame.lang, { what: [labelAt(row, y)], ...(label ? { value: labelAt(row, label) } : { value: numberAt(row, x), unit: frame.unit }) }) }),
          Plot.text(drawn, { x: (row) => numberAt(row, x), y: (row) => labelAt(row, y), text: (row) => wrapped.get(row) ?? text(row), dx: 4, textAnchor: 'start', lineHeight: 1.1 }),
          Plot.text(missing, { x: 0, y: (row) => labelAt(row, y), text: () => t(frame.lang, 'chart.noData'), dx: 4, textAnchor: 'start', fillOpacity: 0.7 }),
          Plot.ruleX([0]),
        ],
      },
    };
  },
});
