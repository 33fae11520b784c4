/** Page labels: roman numerals for the front matter, arabic from chapter 1, as printed and as /PageLabels says. */
import { describe, expect, it } from 'vitest';
import { pageLabel, pageLabelRanges, roman } from '../../src/pdf/page-labels.ts';

describe('page labels', () => {
  it('writes roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40, 49, 90, 400, 1999].map(roman)).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'ix', 'xiv', 'xl', 'xlix', 'xc', 'cd', 'mcmxcix']);
    expect(() => roman(0)).toThrow(/1 to 3999/);
  });

  it('numbers the front matter in roman and the body in arabic from 1 at chapter 1', () => {
    expect([1, 2, 7, 8, 9, 30].map((page) => pageLabel(page, 8))).toEqual(['i', 'ii', 'vii', '1', '2', '23']);
    expect(pageLabel(3, undefined)).toBe('iii');
  });

  it('gives /PageLabels a roman range from the first page and an arabic one from chapter 1', () => {
    expect(pageLabelRanges(8)).toEqual([
      { index: 0, style: 'r' },
      { index: 7, style: 'D' },
    ]);
    expect(pageLabelRanges(1)).toEqual([{ index: 0, style: 'D' }]);
    expect(pageLabelRanges(undefined)).toEqual([{ index: 0, style: 'r' }]);
  });
});
