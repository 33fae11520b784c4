/**
 * The category axis of horizontal charts (bar, range, dot): room for the
 * labels, wrapping long ones onto several lines on narrow charts instead of
 * cutting them off.
 */
import * as Plot from '@observablehq/plot';
import { labelWidth, wrapText } from './text-width.ts';

// The presets using this set `y: { axis: null }`: these labels replace Plot's axis.
/** Never give labels more than this share of the chart width. */
const MAX_SHARE = 0.42;
/** Space between a label and the chart, plus a little left over at the edge. */
const GAP = 8;
const EDGE = 4;

export interface CategoryAxis {
  marginLeft: number;
  /** Lines the longest label wraps to; rows need this much height. */
  lines: number;
  mark: Plot.Markish;
}

export function categoryAxis(labels: readonly string[], width: number): CategoryAxis {
  const room = Math.floor(width * MAX_SHARE) - GAP - EDGE;
  const wrapped = new Map(labels.map((label) => [label, wrapText(label, room)]));
  const widest = Math.max(24, ...[...wrapped.values()].map((lines) => labelWidth(lines.join('\n'))));
  return {
    marginLeft: Math.ceil(widest + GAP + EDGE),
    lines: Math.max(1, ...[...wrapped.values()].map((lines) => lines.length)),
    // Drawn as text in the left margin, because Plot's axis does not wrap labels.
    mark: Plot.text(labels, { y: (label) => label, text: (label) => (wrapped.get(label) ?? [label]).join('\n'), frameAnchor: 'left', dx: -GAP, textAnchor: 'end', lineHeight: 1.1 }),
  };
}
