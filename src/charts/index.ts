/**
 * report-site/charts: what a custom chart spec (a *.chart.ts beside its
 * dataset) is written with: defineChart and the chart theme.
 *
 *   import { defineChart, MAIN_COLOR } from 'report-site/charts';
 */
export { defineChart, type CustomChart, type CustomChartFrame } from './define-chart.ts';
export type { ChartFrame, ChartSpecResult } from './preset.ts';
export { CHART_WIDTH, NARROW_CHART_WIDTH, MARGIN_LEFT, MAIN_COLOR, SERIES_COLORS, seriesColors, SYMBOLS, DASHES, INK, GRID_OPACITY, formatNumber, formatYear } from './theme.ts';
