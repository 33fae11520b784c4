/**
 * What a chart preset is: a pure function from typed rows to Observable Plot
 * options (and the legend entries the figure shows beside the chart), plus a
 * description of the columns it needs, which the chapter check uses to
 * reject a figure that names an unknown or non-numeric column.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { AnyKey } from './columns.ts';
import type { Lang } from '../i18n/index.ts';

export interface LegendItem {
  label: string;
  /** CSS colour, usually a var(--fig-series-n). */
  color: string;
  /** The dot shape this series is drawn with, when it has one (see theme.ts SYMBOLS). */
  symbol?: string;
  /** The dash pattern of this series' lines, when it has one. */
  dash?: string;
}

/** One dated entry of a timeline, drawn as an HTML list rather than a chart. */
export interface TimelineItem {
  date: string;
  label: string;
  kind?: string;
}

/** Routes of one kind in words, each the places it passes in order (from, via, to), as the legend colours and dashes them. */
export interface RouteGroup {
  /** The kind's label, as in the legend; '' when the routes have no kinds. */
  kind: string;
  color?: string;
  dash?: string;
  /** Each route's places, and its `label` column's value where the figure names one. */
  routes: { places: string[]; label?: string }[];
}

/** One of several charts drawn one below the other in a figure, under its own heading. */
export interface ChartPanel {
  heading: string;
  plot: PlotOptions;
}

export interface ChartSpecResult {
  /** The chart; absent for figures drawn as HTML (timelines) or in panels. */
  plot?: PlotOptions;
  /**
   * Measures that must not share one axis, drawn as separate charts, one
   * below the other, in one image (render-svg.ts renderPanels).
   */
  panels?: ChartPanel[];
  /** Shown as an HTML legend above the chart; direct labels need none. */
  legend?: LegendItem[];
  /** Dated entries, for the timeline preset. */
  timeline?: TimelineItem[];
  /** Routes in words, for the route-map preset: what a phone shows under the map, whose arrows it cannot follow. */
  routes?: RouteGroup[];
}

/** Labels and size decided by the figure, not by the data. */
export interface ChartFrame {
  width: number;
  /** The page's language: numbers and the chart's own words follow it (formatNumber(value, frame.lang)). */
  lang: Lang;
  /** The dataset's unit, e.g. "persons". */
  unit?: string;
  /** Axis labels, from the dataset's column labels and unit. */
  xLabel: string;
  yLabel: string;
  /**
   * A value's label in the page's language. Presets receive rows whose text values are
   * already labelled, except one with `keepsValues`, which reads the values as the CSV
   * writes them (country names a map looks up) and labels what it shows with this.
   */
  valueLabel?: (column: string, value: string) => string;
}

export interface PresetOptions<Row> {
  x: AnyKey<Row>;
  y: AnyKey<Row>;
  /** Column that splits rows into coloured series (lines, stack segments). */
  series?: AnyKey<Row> | undefined;
  /** Column whose text labels the bars instead of the formatted value. */
  label?: AnyKey<Row> | undefined;
  /** Fixed value axis, e.g. [0, 100] for percentages. */
  domain?: readonly [number, number] | undefined;
  /** Ends of a range (estimates given as "600,000-800,000"). */
  low?: AnyKey<Row> | undefined;
  high?: AnyKey<Row> | undefined;
  /** Place columns for maps: where a route starts and ends. */
  from?: AnyKey<Row> | undefined;
  to?: AnyKey<Row> | undefined;
  /** A country a route passes through on its way (empty for a direct route). */
  via?: AnyKey<Row> | undefined;
  /**
   * A value of the label column, as the CSV writes it ("no less than"), that
   * makes a row's single figure a lower bound: drawn as an open bar (range).
   */
  atLeast?: string | undefined;
  /** Column whose values split the figure into panels, one chart each (measures that cannot be compared). */
  panel?: AnyKey<Row> | undefined;
}

export type ColumnRole = 'x' | 'y' | 'series' | 'label' | 'low' | 'high' | 'from' | 'to' | 'via' | 'panel';

export const COLUMN_ROLES: readonly ColumnRole[] = ['x', 'y', 'series', 'label', 'low', 'high', 'from', 'to', 'via', 'panel'];

export interface Preset {
  name: string;
  /** One line for the editing guide and error messages. */
  summary: string;
  required: readonly ColumnRole[];
  /** Roles the preset reads besides the required ones (others are refused). */
  optional: readonly ColumnRole[];
  /** Roles whose column must hold numbers. */
  numeric: readonly ColumnRole[];
  spec<Row>(rows: readonly Row[], options: PresetOptions<Row>, frame: ChartFrame): ChartSpecResult;
  /** True for a preset that reads its rows' values as the CSV writes them (see ChartFrame.valueLabel). */
  keepsValues?: boolean;
  /**
   * What the label column's text is to a row's number, so that a table can show it as the
   * chart does: a qualifier written before it ("about"), or the number as published, shown
   * in its place. Otherwise it is a detail of its own (a date), with a column of its own.
   */
  labelIs?: 'qualifier' | 'the value as published';
}

export function definePreset(preset: Preset): Preset {
  return preset;
}
