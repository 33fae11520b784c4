/**
 * Every figure of the site, drawn from what its chapter wrote, with the
 * chapter it belongs to: for the pages and files that show a figure away
 * from its chapter (image downloads, embed pages).
 */
import { allChapters } from '../chapters/all-chapters.ts';
import { drawChapterFigures } from './draw-chapter-figures.ts';
import type { FigureModel } from './build-figure.ts';
import type { FigureProps } from './figure-props.ts';
import type { ChapterRef } from '../data/catalogue.ts';
import { storeFigure } from './figure-store.ts';
import type { Lang } from '../i18n/index.ts';

export interface SiteFigure {
  id: string;
  anchor: string;
  number: string;
  /** False for a figure drawn as a list (timeline): it has no image. */
  hasChart: boolean;
  /** The figure's full content, read back from where the build keeps it. */
  readonly figure: FigureModel;
  chapter: Pick<ChapterRef, 'path' | 'title'>;
  /** The chapter's file (content/…), as the chapter's own components know it. */
  chapterFile: string;
  /** The dataset it draws. */
  dataset: string;
  /** The attributes its chapter wrote (x, y, where…). */
  props: FigureProps;
}

const cached = new Map<Lang, Promise<SiteFigure[]>>();

/**
 * Every figure drawn in `lang`, the language of the pages that show them:
 * drawn once per build and language and shared by the chapters, images and
 * embed pages; the dev server draws them afresh on each request, so edits show.
 */
export function allFigures(base: string, lang: Lang): Promise<SiteFigure[]> {
  if (import.meta.env.DEV) return collect(base, lang);
  let figures = cached.get(lang);
  if (!figures) cached.set(lang, (figures = collect(base, lang)));
  return figures;
}

const indexes = new Map<Lang, Promise<Map<string, SiteFigure>>>();

/**
 * The drawn figure a chapter's <Figure id> stands for, in a build: looked up
 * once per figure, so the cost stays linear in the number of figures.
 */
export function drawnFigure(base: string, chapterFile: string, id: string, lang: Lang): Promise<SiteFigure | undefined> {
  let index = indexes.get(lang);
  if (!index) indexes.set(lang, (index = allFigures(base, lang).then((figures) => new Map(figures.map((entry) => [`${entry.chapterFile}#${entry.id}`, entry])))));
  return index.then((figures) => figures.get(`${chapterFile}#${id}`));
}

async function collect(base: string, lang: Lang): Promise<SiteFigure[]> {
  const figures: SiteFigure[] = [];
  for (const chapter of await allChapters(lang)) {
    for (const { figure, props, dataset } of drawChapterFigures(chapter.analysis, base, lang)) {
      // The dev server keeps it in memory; a build keeps it on disk (figure-store.ts).
      const read = import.meta.env.DEV ? () => figure : storeFigure(`${lang}-${figures.length}`, figure);
      figures.push({
        id: figure.id,
        anchor: figure.anchor,
        number: figure.number,
        hasChart: figure.svg !== '',
        get figure() {
          return read();
        },
        chapter: { path: chapter.path, title: chapter.title },
        chapterFile: chapter.analysis.file,
        dataset,
        props,
      });
    }
  }
  return figures;
}
