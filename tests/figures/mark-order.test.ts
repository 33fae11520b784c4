import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/figures/mark-order.ts';

describe('readingOrder', () => {
  it('reads horizontal bars, which share their left edge, from top to bottom', () => {
    expect(readingOrder([{ left: 50, top: 90 }, { left: 50, top: 10 }, { left: 50, top: 50 }])).toEqual([1, 2, 0]);
  });
  it('reads the dots of a row together, rows from top to bottom', () => {
    const boxes = [{ left: 300, top: 10 }, { left: 100, top: 60 }, { left: 200, top: 10 }, { left: 120, top: 60.4 }];
    expect(readingOrder(boxes)).toEqual([2, 0, 1, 3]);
  });
  it('reads stacked columns from left to right, each from its top', () => {
    const boxes = [{ left: 10, top: 80 }, { left: 40, top: 30 }, { left: 10, top: 20 }, { left: 40, top: 70 }];
    expect(readingOrder(boxes)).toEqual([2, 0, 1, 3]);
  });
  it('reads one dot per year from left to right', () => {
    expect(readingOrder([{ left: 90, top: 5 }, { left: 10, top: 40 }, { left: 50, top: 20 }])).toEqual([1, 2, 0]);
  });
  it('reads one dot per year from left to right even when two years fall on the same pixel', () => {
    const boxes = [{ left: 10, top: 90 }, { left: 30, top: 40 }, { left: 50, top: 40.2 }, { left: 70, top: 10 }, { left: 90, top: 60 }];
    expect(readingOrder(boxes)).toEqual([0, 1, 2, 3, 4]);
  });
  it('reads stacked bars row by row, each row left to right', () => {
    const boxes = [{ left: 0, top: 50 }, { left: 40, top: 50 }, { left: 0, top: 10 }, { left: 70, top: 10 }];
    expect(readingOrder(boxes)).toEqual([2, 3, 0, 1]);
  });
  it('keeps an empty chart empty', () => {
    expect(readingOrder([])).toEqual([]);
  });
});
