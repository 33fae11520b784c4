/**
 * Puts the horizontal axis label in its own line below the tick labels, so a
 * label such as "Persons →" never prints on the last tick ("4,000").
 * Plot's default anchors it at the right end, on the tick line.
 */
import type { PlotOptions } from '@observablehq/plot';

/** Tick labels take about 20 px below the axis; the label line needs 18 more. */
export const MARGIN_BOTTOM_WITH_LABEL = 40;

export function withAxisLabelRoom(options: PlotOptions): PlotOptions {
  const x = options.x;
  if (!x || typeof x.label !== 'string' || x.label === '' || x.axis === null) return options;
  return {
    ...options,
    marginBottom: Math.max(options.marginBottom ?? 0, MARGIN_BOTTOM_WITH_LABEL),
    x: { ...x, labelAnchor: 'center', labelOffset: MARGIN_BOTTOM_WITH_LABEL - 4 },
  };
}
