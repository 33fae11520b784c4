/**
 * Shared chart choices: sizes, type, colours and number formats. Colours are
 * CSS variables (defined in src/styles/figures.css for light and dark), so a
 * chart rendered once at build time follows the reader's theme.
 */

export const CHART_WIDTH = 640;
/** Width of the chart drawn for phones (shown below 40rem). */
export const NARROW_CHART_WIDTH = 360;
/** Room for value-axis labels such as "1,400" at the chart font size. */
export const MARGIN_LEFT = 56;
/** Fixed class on every chart, so the same input gives byte-identical HTML. */
export const CHART_CLASS = 'report-chart';

/** Series colours, in order; see figures.css for the values in each theme. */
export const SERIES_COLORS = [1, 2, 3, 4, 5, 6].map((n) => `var(--fig-series-${n})`);
export const MAIN_COLOR = SERIES_COLORS[0] as string;

/** One colour per series name, in order, repeating after six. */
export function seriesColors(names: readonly string[]): string[] {
  return names.map((_, index) => SERIES_COLORS[index % SERIES_COLORS.length] ?? MAIN_COLOR);
}
/** Dot shapes by series, so series differ in shape as well as colour. */
export const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;
/** Line dash patterns by series ('' is solid), for the same reason. */
export const DASHES = ['', '7 4', '2 3', '10 3 2 3'] as const;
export const INK = 'currentColor';
export const GRID_OPACITY = 0.12;

/** Numbers in the page's language: 1287 -> "1,287" (en), "1.287" (az). */
export { formatNumber } from '../i18n/format.ts';

/** Years are labels, not quantities: 2010, never "2,010". */
export function formatYear(value: unknown): string {
  return String(value);
}
