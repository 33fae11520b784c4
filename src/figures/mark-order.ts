/**
 * The order in which the arrow keys visit a chart's marks: along the
 * category axis first, so a keyboard reader meets bars from top to bottom,
 * columns and years from left to right, and the dots of one row together.
 * The category axis is the one on which the marks' edges take the fewest
 * distinct positions (bars share their left edge; dots in a row their top).
 */
export interface MarkBox {
  left: number;
  top: number;
}

export function readingOrder(boxes: readonly MarkBox[]): number[] {
  const distinct = (key: keyof MarkBox) => new Set(boxes.map((box) => Math.round(box[key]))).size;
  // On a tie (a dot per year, a map) left to right, as time runs on a chart.
  const first: keyof MarkBox = distinct('left') <= distinct('top') ? 'left' : 'top';
  const second: keyof MarkBox = first === 'left' ? 'top' : 'left';
  return boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => Math.round(a.box[first]) - Math.round(b.box[first]) || a.box[second] - b.box[second] || a.index - b.index)
    .map(({ index }) => index);
}
