/**
 * Vertical bars split into stacked components (e.g. the parts of a total per
 * year). A category whose parts are all missing keeps its place, marked
 * "no data", so a gap in the source stays visible.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, GRID_OPACITY, MARGIN_LEFT, MAIN_COLOR, SERIES_COLORS } from '../theme.ts';
import { distinctLabels, labelAt, numberAt } from '../columns.ts';
import { definePreset } from '../preset.ts';

const defaults = {
  height: 360,
};

export const stackedBar = definePreset({
  name: 'stacked-bar',
  summary: 'stacked vertical bars: x = the category or year, y = the number, series = the stacked parts',
  required: ['x', 'y', 'series'],
  optional: [],
  numeric: ['y'],
  spec(rows, { x, y, series, domain }, frame) {
    const seriesOf = (row: (typeof rows)[number]) => (series ? labelAt(row, series) : frame.yLabel);
    const names = series ? distinctLabels(rows, series) : [frame.yLabel];
    const colors = names.map((_, index) => SERIES_COLORS[index % SERIES_COLORS.length] ?? MAIN_COLOR);
    const categories = distinctLabels(rows, x);
    const known = rows.filter((row) => numberAt(row, y) !== null);
    const empty = categories.filter((category) => !known.some((row) => labelAt(row, x) === category));
    return {
      plot: {
        width: frame.width,
        height: defaults.height,
        marginLeft: MARGIN_LEFT,
        x: { label: frame.xLabel, domain: categories, type: 'band', padding: 0.25 },
        y: { label: frame.yLabel, ...(domain ? { domain: [...domain] } : {}) },
        color: { domain: names, range: colors },
        marks: [
          Plot.gridY({ strokeOpacity: GRID_OPACITY }),
          Plot.barY(known, {
            x: (row) => labelAt(row, x),
            y: (row) => numberAt(row, y),
            fill: seriesOf,
            order: names,
            title: (row) => `${labelAt(row, x)}, ${seriesOf(row)}: ${formatNumber(numberAt(row, y))}`,
          }),
          Plot.text(empty, { x: (category) => category, y: 0, text: () => 'no data', dy: -10, fillOpacity: 0.75 }),
          Plot.ruleY([0]),
        ],
      },
      // Top of the stack first, as the reader sees it.
      legend: names.map((label, index) => ({ label, color: colors[index] ?? MAIN_COLOR })).reverse(),
    };
  },
});
