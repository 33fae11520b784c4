/** Horizontal bars for categories, sorted by value, each labelled with its number. */
import * as Plot from '@observablehq/plot';
import { formatNumber, GRID_OPACITY, MAIN_COLOR } from '../theme.ts';
import { labelAt, numberAt } from '../columns.ts';
import { definePreset } from '../preset.ts';
import { categoryAxis } from '../category-axis.ts';

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
    const text = (row: (typeof rows)[number]) => (label ? labelAt(row, label) : formatNumber(numberAt(row, x)));
    return {
      plot: {
        width: frame.width,
        height: Math.max(defaults.minHeight, rows.length * (defaults.rowHeight + (axis.lines - 1) * defaults.lineHeight) + defaults.axisHeight),
        marginLeft: axis.marginLeft,
        // Room for the value labels at the bar ends ("less than half a per cent").
        marginRight: Math.round(Math.min(frame.width * 0.35, Math.max(40, ...drawn.map((row) => text(row).length * 7.2 + 16)))),
        x: { label: frame.xLabel, ...(domain ? { domain: [...domain] } : {}) },
        y: { axis: null, domain: [...drawn].sort((a, b) => (numberAt(b, x) ?? 0) - (numberAt(a, x) ?? 0)).concat(missing).map((row) => labelAt(row, y)) },
        marks: [
          Plot.gridX({ strokeOpacity: GRID_OPACITY }),
          axis.mark,
          Plot.barX(drawn, { x: (row) => numberAt(row, x), y: (row) => labelAt(row, y), fill: MAIN_COLOR, title: (row) => `${labelAt(row, y)}: ${text(row)}` }),
          Plot.text(drawn, { x: (row) => numberAt(row, x), y: (row) => labelAt(row, y), text, dx: 4, textAnchor: 'start' }),
          Plot.text(missing, { x: 0, y: (row) => labelAt(row, y), text: () => 'no data', dx: 4, textAnchor: 'start', fillOpacity: 0.7 }),
          Plot.ruleX([0]),
        ],
      },
    };
  },
});
