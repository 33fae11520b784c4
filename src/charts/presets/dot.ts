/**
 * Dots to compare figures for the same things, e.g. counts that different
 * agencies gave for one year: x = the number, y = what is counted, series =
 * who counted. Each dot carries its number, so colour is never the only cue;
 * `label` adds a column's text to it (the date of the figure). With `panel`,
 * one chart per value of that column, on one value scale.
 */
import * as Plot from '@observablehq/plot';
import { GRID_OPACITY, MAIN_COLOR, SYMBOLS, formatNumber, seriesColors } from '../theme.ts';
import { distinctLabels, labelAt, numberAt, type AnyKey } from '../columns.ts';
import { definePreset, type ChartFrame, type PresetOptions } from '../preset.ts';
import { categoryAxis } from '../category-axis.ts';
import { AROUND_A_DOT, avoidingOverlap, FURTHER_FROM_A_DOT } from '../value-labels.ts';
import { valueTip } from '../value-tip.ts';
import { panelRows } from '../panels.ts';

const defaults = {
  rowHeight: 44,
  /** Rows of several dots whose labels carry a date need room for a second line of labels above and below. */
  labelledRowHeight: { wide: 74, narrow: 140 },
  /** Charts at least this wide write a date beside its number, narrower ones under it. */
  wideFrom: 480,
  lineHeight: 15,
  minHeight: 120,
  minPanelHeight: 90,
  axisHeight: 50,
  dotRadius: 6,
};

export const dot = definePreset({
  name: 'dot',
  summary: 'dots to compare figures: x = the number, y = what is measured, series = who reported it (colour and legend), label = text after each number (a date), panel = one chart per value of that column',
  required: ['x', 'y'],
  optional: ['series', 'label', 'panel'],
  numeric: ['x'],
  spec(rows, options, frame) {
    const { x, y, series, label, panel } = options;
    const names = series ? distinctLabels(rows, series) : [];
    const key: Key = { names, colors: seriesColors(names), symbols: names.map((_, index) => SYMBOLS[index % SYMBOLS.length] ?? 'circle') };
    const layout: Layout = {
      marginLeft: categoryAxis(distinctLabels(rows, y), frame.width).marginLeft,
      domain: options.domain ?? (panel ? [0, Math.max(0, ...rows.map((row) => numberAt(row, x) ?? 0))] : undefined),
      minHeight: panel ? defaults.minPanelHeight : defaults.minHeight,
      crowded: label !== undefined && Math.max(0, ...distinctLabels(rows, y).map((name) => rows.filter((row) => labelAt(row, y) === name && numberAt(row, x) !== null).length)) > 1,
    };
    const legend = series ? { legend: names.map((label, index) => ({ label, color: key.colors[index] ?? MAIN_COLOR, symbol: key.symbols[index] ?? 'circle' })) } : {};
    if (!panel) return { plot: dots(rows, options, frame, layout, key), ...legend };
    return { panels: panelRows(rows, panel).map(({ heading, rows: part }) => ({ heading, plot: dots(part, options, frame, layout, key) })), ...legend };
  },
});

/** What the panels of one figure share, so that they line up. */
interface Layout {
  marginLeft: number;
  domain: readonly [number, number] | undefined;
  minHeight: number;
  /** Long labels (with a date) on rows of several dots: the rows are taller, for labels a line further out. */
  crowded: boolean;
}

/** Colour and shape by series, the same in every panel. */
interface Key {
  names: string[];
  colors: string[];
  symbols: string[];
}

function dots<Row>(rows: readonly Row[], { x, y, series, label }: PresetOptions<Row>, frame: ChartFrame, layout: Layout, key: Key): Plot.PlotOptions {
  const known = rows.filter((row) => numberAt(row, x) !== null);
  const seriesOf = (row: Row) => (series ? labelAt(row, series) : '');
  const categories = distinctLabels(rows, y);
  const axis = categoryAxis(categories, frame.width);
  const position = { x: (row: Row) => numberAt(row, x), y: (row: Row) => labelAt(row, y as AnyKey<Row>) };
  const text = (row: Row) => {
    const number = formatNumber(numberAt(row, x), frame.lang);
    const extra = label ? labelAt(row, label) : '';
    // On a phone the date goes under the number, so the label is half as wide.
    return extra && extra !== '-' ? `${number}${frame.width < defaults.wideFrom ? '\n' : ' '}(${extra})` : number;
  };
  return {
    width: frame.width,
    height: Math.max(layout.minHeight, categories.length * ((layout.crowded ? defaults.labelledRowHeight[frame.width < defaults.wideFrom ? 'narrow' : 'wide'] : defaults.rowHeight) + (axis.lines - 1) * defaults.lineHeight) + defaults.axisHeight),
    marginLeft: layout.marginLeft,
    marginRight: 40,
    x: { label: frame.xLabel, zero: true, ...(layout.domain ? { domain: [...layout.domain] } : {}) },
    y: { axis: null, domain: categories },
    ...(series ? { color: { domain: key.names, range: key.colors }, symbol: { domain: key.names, range: key.symbols } } : {}),
    marks: [
      Plot.gridX({ strokeOpacity: GRID_OPACITY }),
      axis.mark,
      Plot.ruleY(categories, { stroke: 'currentColor', strokeOpacity: GRID_OPACITY }),
      Plot.dot(known, { ...position, r: defaults.dotRadius, fill: series ? seriesOf : MAIN_COLOR, ...(series ? { symbol: seriesOf } : {}), title: (row) => valueTip(frame.lang, { what: [labelAt(row, y as AnyKey<Row>), seriesOf(row), label ? labelAt(row, label) : ''], value: numberAt(row, x), unit: frame.unit }) }),
      // Above each dot, or below or beside it where a close dot's label is in the way.
      Plot.text(known, { ...position, text, render: avoidingOverlap(layout.crowded ? FURTHER_FROM_A_DOT : AROUND_A_DOT, { keepOffMargin: true }) }),
    ],
  };
}
