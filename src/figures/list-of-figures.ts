/**
 * The list of figures: every figure of the site, grouped by chapter in the
 * reading order of the sidebar, with its number, title, anchor and data
 * downloads. Paths are before the base path; the page adds it.
 */
import type { ChapterWithFigures } from '../chapters/site-figures.ts';

export interface ListedFigure {
  id: string;
  number: string;
  title: string;
  /** The figure on its chapter page: "/chapter/#fig-id". */
  path: string;
  downloads: { csv: string; json: string };
}

export interface ListedChapter {
  path: string;
  title: string;
  figures: ListedFigure[];
}

/** A sidebar entry as the report config writes it: a chapter by slug, or a page by link. */
export type ReadingOrderEntry = { slug: string } | { link: string };

const pathOf = (entry: ReadingOrderEntry) => ('slug' in entry ? (entry.slug === 'index' ? '/' : `/${entry.slug}/`) : entry.link);

/**
 * Chapters with at least one figure, in the sidebar's order; chapters missing from the sidebar come last.
 * `langPrefix` is "" for the report's own language and "/az" for chapters in another (under /az/).
 */
export function listOfFigures(chapters: readonly ChapterWithFigures[], readingOrder: readonly ReadingOrderEntry[], langPrefix = ''): ListedChapter[] {
  const order = readingOrder.map((entry) => `${langPrefix}${pathOf(entry)}`);
  const place = (chapter: ChapterWithFigures) => (order.includes(chapter.path) ? order.indexOf(chapter.path) : order.length);
  return [...chapters]
    .filter((chapter) => chapter.analysis.figures.length > 0)
    // A stable sort keeps chapters outside the sidebar in their given order.
    .sort((a, b) => place(a) - place(b))
    .map((chapter) => ({
      path: chapter.path,
      title: chapter.title,
      figures: chapter.analysis.figures.map((figure) => ({
        id: figure.id,
        number: figure.number,
        title: figure.title,
        path: `${chapter.path}#fig-${figure.id}`,
        downloads: { csv: `/data/${figure.dataset}.csv`, json: `${langPrefix}/data/${figure.dataset}.json` },
      })),
    }));
}
