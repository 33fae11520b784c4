/**
 * Where to write the names of stacked parts beside the last bar: at the
 * middle of each part, pushed apart just enough that no two labels overlap.
 */

export interface StackPart {
  label: string;
  value: number;
}

export interface PlacedLabel {
  label: string;
  /** In data units, like the bar values. */
  y: number;
}

/** `parts` bottom first; `minGap` is the least distance between labels, in data units. */
export function placeStackLabels(parts: readonly StackPart[], minGap: number): PlacedLabel[] {
  let base = 0;
  let previous = -Infinity;
  return parts.map(({ label, value }) => {
    const middle = base + value / 2;
    base += value;
    const y = Math.max(middle, previous + minGap);
    previous = y;
    return { label, y };
  });
}
