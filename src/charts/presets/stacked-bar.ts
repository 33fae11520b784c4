/**
 * Vertical bars split into stacked components (e.g. the parts of a total per
 * year). A category whose parts are all missing keeps its place, marked
 * "no data", so a gap in the source stays visible.
 */
import * as Plot from '@observablehq/plot';
import { GRID_OPACITY, MAIN_COLOR, MARGIN_LEFT, seriesColors } from '../theme.ts';
import { distinctLabels, labelAt, numberAt } from '../columns.ts';
import { definePreset } from '../preset.ts';
import { placeStackLabels } from '../stack-labels.ts';
import { labelWidth, textWidth, wrapText } from '../text-width.ts';
import { t } from '../../i18n/index.ts';
import { valueTip } from '../value-tip.ts';

const defaults = {
  height: 360,
  padding: 0.25,
  /** Height of one line of a part name, and the space left between two names, in pixels. */
  lineHeight: 15,
  labelGap: 3,
};

export const stackedBar = definePreset({
  name: 'stacked-bar',
  summary: 'stacked vertical bars: x = the category or year, y = the number, series = the stacked parts',
  required: ['x', 'y', 'series'],
  optional: [],
  numeric: ['y'],
  spec(rows, { x, y, series, domain }, frame) {
    const seriesOf = (row: (typeof rows)[number]) => (series ? labelAt(row, series) : frame.yLabel);
    const noData = t(frame.lang, 'chart.noData');
    const names = series ? distinctLabels(rows, series) : [frame.yLabel];
    const colors = seriesColors(names);
    const categories = distinctLabels(rows, x);
    const known = rows.filter((row) => numberAt(row, y) !== null);
    const empty = categories.filter((category) => !known.some((row) => labelAt(row, x) === category));

    // The parts are named beside the last drawn bar, so colour is not the only key.
    const lastCategory = [...categories].reverse().find((category) => !empty.includes(category));
    const totals = categories.map((category) => known.filter((row) => labelAt(row, x) === category).reduce((sum, row) => sum + (numberAt(row, y) ?? 0), 0));
    const top = Math.max(...totals, 1);
    // Part names wrap to at most a third of the width (bold, beside the last bar).
    const nameRoom = Math.floor(frame.width * 0.35) - 14;
    const wrappedNames = new Map(names.map((name) => [name, wrapText(name, nameRoom, undefined, true).join('\n')]));
    const marginRight = Math.ceil(Math.max(20, ...[...wrappedNames.values()].map((name) => labelWidth(name, undefined, true))) + 14);
    const plotWidth = frame.width - MARGIN_LEFT - marginRight;
    const plotHeight = defaults.height - 50;
    const parts = names.flatMap((name) => {
      const row = known.find((candidate) => labelAt(candidate, x) === lastCategory && seriesOf(candidate) === name);
      const value = row ? numberAt(row, y) : null;
      return value === null ? [] : [{ label: name, value }];
    });
    // On a narrow chart long names wrap onto more lines and need more room.
    const lines = Math.max(1, ...[...wrappedNames.values()].map((name) => name.split('\n').length));
    const placed = placeStackLabels(parts, ((defaults.lineHeight * lines + defaults.labelGap) * top) / plotHeight);
    const band = plotWidth / Math.max(categories.length, 1);
    const halfBar = (band * (1 - defaults.padding)) / 2;
    // Label every category only where the labels fit side by side.
    const tickEvery = Math.ceil((Math.max(...categories.map((category) => textWidth(category)), 1) + 8) / band);
    return {
      plot: {
        width: frame.width,
        height: defaults.height,
        marginLeft: MARGIN_LEFT,
        marginRight,
        x: {
          label: frame.xLabel,
          domain: categories,
          type: 'band',
          padding: defaults.padding,
          tickFormat: (category: string, index: number) => (index % tickEvery === 0 ? category : ''),
        },
        y: { label: frame.yLabel, ...(domain ? { domain: [...domain] } : {}) },
        color: { domain: names, range: colors },
        marks: [
          Plot.gridY({ strokeOpacity: GRID_OPACITY }),
          Plot.barY(known, {
            x: (row) => labelAt(row, x),
            y: (row) => numberAt(row, y),
            fill: seriesOf,
            order: names,
            title: (row) => valueTip(frame.lang, { what: [labelAt(row, x), seriesOf(row)], value: numberAt(row, y), unit: frame.unit }),
          }),
          // Written upwards where "no data" is wider than a bar, so it never lies on a neighbour.
          textWidth(noData) + 4 > band
            ? Plot.text(empty, { x: (category) => category, y: 0, text: () => noData, rotate: -90, textAnchor: 'start', dy: -4, fillOpacity: 0.75 })
            : Plot.text(empty, { x: (category) => category, y: 0, text: () => noData, dy: -10, fillOpacity: 0.75 }),
          Plot.text(placed, { x: () => lastCategory, y: (label) => label.y, text: (label) => wrappedNames.get(label.label) ?? label.label, fill: (label) => label.label, dx: halfBar + 6, textAnchor: 'start', fontWeight: 600, lineHeight: 1.1 }),
          Plot.ruleY([0]),
        ],
      },
      // Top of the stack first, as the reader sees it.
      legend: names.map((label, index) => ({ label, color: colors[index] ?? MAIN_COLOR })).reverse(),
    };
  },
});
