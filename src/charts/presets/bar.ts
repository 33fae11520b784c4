/**
 * Horizontal bars for categories, sorted by value, each labelled with its
 * number. With `panel`, one chart per value of that column, one below the
 * other, on one value scale and with one left margin.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, GRID_OPACITY, MAIN_COLOR } from '../theme.ts';
import { labelAt, numberAt, type AnyKey } from '../columns.ts';
import { definePreset, type ChartFrame, type PresetOptions } from '../preset.ts';
import { t } from '../../i18n/index.ts';
import { categoryAxis } from '../category-axis.ts';
import { labelWidth, wrapText } from '../text-width.ts';
import { valueTip } from '../value-tip.ts';
import { panelRows } from '../panels.ts';

/** Left margin of a panel that is one bar named by its heading. */
const SOLE_BAR_MARGIN = 12;

const defaults = {
  rowHeight: 30,
  lineHeight: 15,
  minHeight: 120,
  /** A panel of one or two bars needs less than a chart of its own. */
  minPanelHeight: 80,
  axisHeight: 50,
};

export const bar = definePreset({
  name: 'bar',
  summary: 'horizontal bars: x = the number, y = the category; sorted by value; panel = one chart per value of that column',
  required: ['x', 'y'],
  optional: ['label', 'panel'],
  numeric: ['x'],
  labelIs: 'the value as published',
  spec(rows, options, frame) {
    const { x, y, label, panel } = options;
    const text = (row: (typeof rows)[number]) => (label ? labelAt(row, label) : formatNumber(numberAt(row, x), frame.lang));
    // Room for the value labels at the bar ends; long ones ("less than half a per cent") wrap.
    const labelRoom = Math.floor(frame.width * 0.35) - 12;
    const wrapped = new Map(rows.map((row) => [row, wrapText(text(row), labelRoom).join('\n')]));
    const layout: Layout = {
      // One bar per panel (panel = y): the heading names the bar, and the bar takes the width.
      marginLeft: panel === y ? SOLE_BAR_MARGIN : categoryAxis(rows.map((row) => labelAt(row, y)), frame.width).marginLeft,
      namedByHeading: panel === y,
      marginRight: Math.ceil(Math.max(28, ...rows.filter((row) => numberAt(row, x) !== null).map((row) => labelWidth(wrapped.get(row) ?? ''))) + 12),
      // Panels share one scale; a single chart keeps Plot's own.
      domain: options.domain ?? (panel ? [0, Math.max(0, ...rows.map((row) => numberAt(row, x) ?? 0))] : undefined),
      minHeight: panel ? defaults.minPanelHeight : defaults.minHeight,
      ...(panel ? { order: largestFirst(rows, x, y) } : {}),
    };
    const draw = (part: readonly (typeof rows)[number][]) => bars(part, options, frame, layout, (row) => wrapped.get(row) ?? text(row));
    if (!panel) return { plot: draw(rows) };
    return { panels: panelRows(rows, panel).map(({ heading, rows: part }) => ({ heading, plot: draw(part) })) };
  },
});

/** What the panels of one figure share, so that they line up. */
interface Layout {
  marginLeft: number;
  marginRight: number;
  domain: readonly [number, number] | undefined;
  minHeight: number;
  /** Each panel is one bar, named by its heading: no category labels. */
  namedByHeading: boolean;
  /** Panels list the same categories in the same order: by their largest value in any panel. */
  order?: string[];
}

function bars<Row>(rows: readonly Row[], { x, y, label }: PresetOptions<Row>, frame: ChartFrame, layout: Layout, text: (row: Row) => string): Plot.PlotOptions {
  const drawn = rows.filter((row) => numberAt(row, x) !== null);
  const missing = rows.filter((row) => numberAt(row, x) === null);
  const axis = categoryAxis(layout.namedByHeading ? [] : rows.map((row) => labelAt(row, y)), frame.width);
  const lines = Math.max(axis.lines, ...drawn.map((row) => text(row).split('\n').length));
  const category = (row: Row) => labelAt(row, y as AnyKey<Row>);
  return {
    width: frame.width,
    height: Math.max(layout.minHeight, rows.length * (defaults.rowHeight + (lines - 1) * defaults.lineHeight) + defaults.axisHeight),
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    x: { label: frame.xLabel, ...(layout.domain ? { domain: [...layout.domain] } : {}) },
    y: { axis: null, domain: layout.order ? layout.order.filter((name) => rows.some((row) => category(row) === name)) : [...drawn].sort((a, b) => (numberAt(b, x) ?? 0) - (numberAt(a, x) ?? 0)).concat(missing).map(category) },
    marks: [
      Plot.gridX({ strokeOpacity: GRID_OPACITY }),
      axis.mark,
      Plot.barX(drawn, { x: (row) => numberAt(row, x), y: category, fill: MAIN_COLOR, title: (row) => valueTip(frame.lang, { what: [category(row)], ...(label ? { value: labelAt(row, label) } : { value: numberAt(row, x), unit: frame.unit }) }) }),
      Plot.text(drawn, { x: (row) => numberAt(row, x), y: category, text, dx: 4, textAnchor: 'start', lineHeight: 1.1 }),
      Plot.text(missing, { x: 0, y: category, text: () => t(frame.lang, 'chart.noData'), dx: 4, textAnchor: 'start', fillOpacity: 0.7 }),
      Plot.ruleX([0]),
    ],
  };
}

/** Categories by their largest value, those with no value last. */
function largestFirst<Row>(rows: readonly Row[], x: AnyKey<Row>, y: AnyKey<Row>): string[] {
  const largest = new Map<string, number>();
  for (const row of rows) largest.set(labelAt(row, y), Math.max(largest.get(labelAt(row, y)) ?? -1, numberAt(row, x) ?? -1));
  return [...largest.keys()].sort((a, b) => (largest.get(b) ?? 0) - (largest.get(a) ?? 0));
}
