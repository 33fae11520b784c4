/**
 * The category axis of horizontal charts (bar, range, dot): room for the
 * labels, wrapping long ones onto several lines on narrow charts instead of
 * cutting them off.
 */
import * as Plot from '@observablehq/plot';

// The presets using this set `y: { axis: null }`: these labels replace Plot's axis.
// Average width of a character at the chart font size (13px), in pixels.
const CHAR_WIDTH = 7.2;
/** Never give labels more than this share of the chart width. */
const MAX_SHARE = 0.42;

export interface CategoryAxis {
  marginLeft: number;
  /** Lines the longest label wraps to; rows need this much height. */
  lines: number;
  mark: Plot.Markish;
}

export function categoryAxis(labels: readonly string[], width: number): CategoryAxis {
  const longest = Math.max(4, ...labels.map((label) => label.length));
  const marginLeft = Math.round(Math.min(width * MAX_SHARE, longest * CHAR_WIDTH + 14));
  const charsPerLine = Math.max(8, Math.floor((marginLeft - 14) / CHAR_WIDTH));
  const lines = Math.ceil(longest / charsPerLine);
  return {
    marginLeft,
    lines,
    // Drawn as text in the left margin (Plot's axis does not wrap labels);
    // lineWidth is in ems, about two characters each.
    mark: Plot.text(labels, { y: (label) => label, text: (label) => label, frameAnchor: 'left', dx: -8, textAnchor: 'end', lineWidth: charsPerLine / 1.7, lineHeight: 1.1 }),
  };
}
