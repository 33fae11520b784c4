/**
 * How chapters and figures are numbered, as a book numbers them: the chapters
 * of the reading order 1, 2, 3…, except the home page (front matter) and any
 * marked `unnumbered` (back matter such as sources and methods); figures by
 * chapter ("3.2") or through the whole report ("14"), as the report config's
 * `figureNumbering` says. A figure in an unnumbered chapter keeps its plain
 * place in that chapter with chapter numbering ("1").
 */
export type FigureNumbering = 'chapter' | 'report';

/** A reading-order entry as the report config writes it. */
export type NumberedEntry = { slug: string; unnumbered?: boolean } | { link: string };

/** Where a chapter's figures start: "3." and 0 for chapter 3 numbered by chapter; "" and 13 for the 14th figure of the report. */
export interface ChapterFigureStart {
  prefix: string;
  offset: number;
}

/** The number of each numbered chapter, by slug ("index" for the home page, which is never numbered). */
export function chapterNumbers(readingOrder: readonly NumberedEntry[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const entry of readingOrder) {
    if ('slug' in entry && entry.slug !== 'index' && !entry.unnumbered) numbers.set(entry.slug, numbers.size + 1);
  }
  return numbers;
}

/** The chapters in reading order by slug: the home page ("index") is the chapter at the link "/". */
export function chapterSlugs(readingOrder: readonly NumberedEntry[]): string[] {
  return readingOrder.flatMap((entry) => ('slug' in entry ? [entry.slug] : entry.link === '/' ? ['index'] : []));
}

/**
 * Where the figures of chapter `slug` start. `figureCount` gives the figures of another
 * chapter, read only when the whole report is numbered through.
 */
export function chapterFigureStart(slug: string, readingOrder: readonly NumberedEntry[], style: FigureNumbering, figureCount: (slug: string) => number): ChapterFigureStart {
  if (style === 'chapter') {
    const chapter = chapterNumbers(readingOrder).get(slug);
    return { prefix: chapter === undefined ? '' : `${chapter}.`, offset: 0 };
  }
  const order = chapterSlugs(readingOrder);
  // A chapter outside the reading order comes after every chapter in it.
  const before = order.includes(slug) ? order.slice(0, order.indexOf(slug)) : order;
  return { prefix: '', offset: before.reduce((sum, other) => sum + figureCount(other), 0) };
}

/** The figure at `place` (1-based) in its chapter, as readers see its number: "3.2", "14". */
export function figureNumber(start: ChapterFigureStart, place: number): string {
  return `${start.prefix}${start.offset + place}`;
}
