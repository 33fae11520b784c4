/** Chapter and figure numbers as a book gives them: front and back matter unnumbered, figures by chapter or through the report. */
import { describe, expect, it } from 'vitest';
import { chapterFigureStart, chapterNumbers, figureNumber, type NumberedEntry } from '../../src/chapters/figure-numbering.ts';

const readingOrder: NumberedEntry[] = [
  { link: '/' },
  { slug: 'legal' },
  { slug: 'trafficking' },
  { slug: 'methods', unnumbered: true },
  { link: '/glossary/' },
];
const figures: Record<string, number> = { index: 1, legal: 11, trafficking: 8, methods: 2 };
const count = (slug: string) => figures[slug] ?? 0;

describe('chapter numbers', () => {
  it('numbers the chapters of the reading order, leaving out the home page, unnumbered chapters and pages by link', () => {
    expect([...chapterNumbers(readingOrder)]).toEqual([
      ['legal', 1],
      ['trafficking', 2],
    ]);
  });

  it('never numbers the home page, even when the sidebar names it by slug', () => {
    expect([...chapterNumbers([{ slug: 'index' }, { slug: 'legal' }])]).toEqual([['legal', 1]]);
  });
});

describe('figure numbers', () => {
  it('by chapter: "2.3" in chapter 2, the plain place in an unnumbered chapter', () => {
    expect(figureNumber(chapterFigureStart('trafficking', readingOrder, 'chapter', count), 3)).toBe('2.3');
    expect(figureNumber(chapterFigureStart('legal', readingOrder, 'chapter', count), 11)).toBe('1.11');
    expect(figureNumber(chapterFigureStart('index', readingOrder, 'chapter', count), 1)).toBe('1');
    expect(figureNumber(chapterFigureStart('methods', readingOrder, 'chapter', count), 2)).toBe('2');
  });

  it('through the report: after every figure of the chapters before, the home page first', () => {
    expect(figureNumber(chapterFigureStart('index', readingOrder, 'report', count), 1)).toBe('1');
    expect(figureNumber(chapterFigureStart('legal', readingOrder, 'report', count), 1)).toBe('2');
    expect(figureNumber(chapterFigureStart('trafficking', readingOrder, 'report', count), 3)).toBe('15');
    expect(figureNumber(chapterFigureStart('methods', readingOrder, 'report', count), 1)).toBe('21');
  });

  it('through the report, a chapter outside the reading order comes after all of it', () => {
    expect(figureNumber(chapterFigureStart('appendix', readingOrder, 'report', count), 1)).toBe('23');
  });
});
