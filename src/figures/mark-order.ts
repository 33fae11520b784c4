/**
 * The order in which the arrow keys visit a chart's marks: along the
 * category axis first, so a keyboard reader meets bars from top to bottom,
 * columns and years from left to right, and the dots of one row together.
 * The category axis is the one on which the marks' edges take the fewest
 * distinct positions (bars share their left edge; dots in a row their top).
 * Rows must be real: most marks share their top with another, so two years
 * whose values happen to fall on the same pixel do not turn a line into rows.
 */
export interface MarkBox {
  left: number;
  top: number;
}

export function readingOrder(boxes: readonly MarkBox[]): number[] {
  const positions = (key: keyof MarkBox) => boxes.map((box) => Math.round(box[key]));
  const distinct = (key: keyof MarkBox) => new Set(positions(key)).size;
  const sharing = (key: keyof MarkBox) => {
    const all = positions(key);
    return all.filter((position) => all.indexOf(position) !== all.lastIndexOf(position)).length;
  };
  // On a tie (a dot per year, a map) left to right, as time runs on a chart.
  const rows = distinct('top') < distinct('left') && sharing('top') * 2 > boxes.length;
  const first: keyof MarkBox = rows ? 'top' : 'left';
  const second: keyof MarkBox = first === 'left' ? 'top' : 'left';
  return boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => Math.round(a.box[first]) - Math.round(b.box[first]) || a.box[second] - b.box[second] || a.index - b.index)
    .map(({ index }) => index);
}
