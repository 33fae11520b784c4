/**
 * A book's page numbers: the front matter in lower-case roman numerals (i, ii,
 * iii…), the body in arabic numerals from 1 on the first page of chapter 1.
 * The same labels are printed on the pages, given in the contents, and written
 * into the PDF's /PageLabels, so a reader's "go to page 12" finds page 12.
 */

/** "xiv" for 14. */
export function roman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`roman numerals are written for 1 to 3999, not ${value}`);
  const digits: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let rest = value;
  let text = '';
  for (const [size, letters] of digits) {
    for (; rest >= size; rest -= size) text += letters;
  }
  return text;
}

/**
 * The label of the 1-based page `page`, when the body starts on page `bodyStart`
 * (the first page of chapter 1); without a body every page is front matter.
 */
export function pageLabel(page: number, bodyStart: number | undefined): string {
  return bodyStart === undefined || page < bodyStart ? roman(page) : String(page - bodyStart + 1);
}

/** The /PageLabels number tree's /Nums: page indexes (0-based) where a style starts, and the style. */
export function pageLabelRanges(bodyStart: number | undefined): { index: number; style: 'r' | 'D' }[] {
  const ranges: { index: number; style: 'r' | 'D' }[] = [{ index: 0, style: 'r' }];
  if (bodyStart !== undefined && bodyStart > 1) ranges.push({ index: bodyStart - 1, style: 'D' });
  else if (bodyStart === 1) ranges[0] = { index: 0, style: 'D' };
  return ranges;
}
