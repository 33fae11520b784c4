/** The empty share of a page: the type area's rows above its first ink and below its last. */
import { describe, expect, it } from 'vitest';
import { emptyShare, fillSummary } from '../../src/bench/page-fill.ts';

/** A grey PGM page `height` rows tall, inked on the rows given. */
function page(height: number, inked: (row: number) => boolean): Buffer {
  const width = 10;
  const pixels = Buffer.alloc(width * height, 255);
  for (let row = 0; row < height; row++) if (inked(row)) pixels.fill(0, row * width, row * width + 3);
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), pixels]);
}

describe('page fill', () => {
  // 297 rows: one a millimetre; the type area runs from row 22 to row 279.
  it('reads a blank page as empty and a page inked from top to bottom as full, gaps between lines aside', () => {
    expect(emptyShare(page(297, () => false))).toBe(1);
    expect(emptyShare(page(297, (row) => row % 5 === 0))).toBeLessThan(0.03);
  });

  it('counts the space below the last line, and leaves out the running head above the type area', () => {
    const half = emptyShare(page(297, (row) => row < 5 || (row >= 22 && row < 150)));
    expect(half).toBeCloseTo((279 - 150) / (279 - 22), 2);
  });

  it('sums up the pages more than half and more than 70 % empty', () => {
    expect(fillSummary([0.1, 0.6, 0.8, 0.2])).toEqual({ pages: 4, overHalf: [2, 3], over70: [3], blankPages: 1.7 });
  });
});
