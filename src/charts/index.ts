/**
 * report-site/charts: what a custom chart spec (a *.chart.ts beside its
 * dataset) is written with: defineChart and the chart theme.
 *
 *   import { defineChart, MAIN_COLOR } from 'report-site/charts';
 */
import { formatNumber as formatIn } from '../i18n/format.ts';
import type { Lang } from '../i18n/index.ts';

export { defineChart, type CustomChart, type CustomChartFrame } from './define-chart.ts';
export type { ChartFrame, ChartSpecResult } from './preset.ts';
export { valueTip, type ValueTip } from './value-tip.ts';
export type { Lang };
export { CHART_WIDTH, NARROW_CHART_WIDTH, MARGIN_LEFT, MAIN_COLOR, SERIES_COLORS, seriesColors, SYMBOLS, DASHES, INK, GRID_OPACITY, formatYear } from './theme.ts';

/**
 * 1287 -> "1,287" in English, "1.287" in Azerbaijani: pass the page's language,
 * frame.lang. Without it the number is written in English, as before languages.
 */
export function formatNumber(value: number | null | undefined, lang: Lang = 'en'): string {
  return formatIn(value, lang);
}
