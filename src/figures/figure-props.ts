/**
 * The attributes of <Figure> in a chapter, and their names as a list, so the
 * chapter check can reject a misspelt one (e.g. serie="…") instead of drawing
 * a figure that silently ignores it.
 */
import type { CustomChart } from '../charts/define-chart.ts';

export interface FigureProps {
  id: string;
  dataset: string;
  title: string;
  /** One or two sentences saying what the chart shows: read by screen readers, shown under the chart. */
  description: string;
  subtitle?: string;
  preset?: string;
  spec?: CustomChart;
  x?: string;
  y?: string;
  series?: string;
  label?: string;
  low?: string;
  high?: string;
  from?: string;
  to?: string;
  /** A column of the countries a route passes through (route-map). */
  via?: string;
  /** A qualifier of the label column ("no less than") that makes a single figure a lower bound (range). */
  atLeast?: string;
  /** A column whose values split the chart into panels (bar, dot). */
  panel?: string;
  where?: string;
  domain?: readonly [number, number];
  /** Notes for this figure, shown before the dataset's own notes. */
  notes?: string | string[];
}

export const FIGURE_ATTRIBUTES = [
  'id', 'dataset', 'title', 'description', 'subtitle', 'preset', 'spec',
  'x', 'y', 'series', 'label', 'low', 'high', 'from', 'to', 'via', 'panel', 'atLeast', 'where', 'domain', 'notes',
] as const satisfies readonly (keyof FigureProps)[];

// Fails to type-check if FigureProps gains an attribute the list lacks.
type Unlisted = Exclude<keyof FigureProps, (typeof FIGURE_ATTRIBUTES)[number]>;
export const everyAttributeListed: Unlisted extends never ? true : Unlisted = true;
