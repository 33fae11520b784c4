/**
 * Every figure of the site by id, and the links <FigRef> writes to them.
 * A figure's number is its place in its chapter (from the chapter analysis),
 * so a reference follows the figure when figures are added or reordered.
 * Ids must therefore be unique across the whole site, not just in a chapter.
 */
import type { ChapterAnalysis, FigureUse } from './analyse-chapter.ts';
import { closestName } from './closest-name.ts';
import { figureInChapter, figureLabel, type Lang } from '../i18n/index.ts';

export interface ChapterWithFigures {
  /** Page path before the base path: "/" or "/chapter/". */
  path: string;
  title: string;
  analysis: ChapterAnalysis;
}

export interface SiteFigure extends FigureUse {
  file: string;
  chapterPath: string;
  chapterTitle: string;
}

/** Every figure by id. Call figureProblems first: with a duplicate id the later figure wins. */
export function siteFigures(chapters: readonly ChapterWithFigures[]): Map<string, SiteFigure> {
  const figures = new Map<string, SiteFigure>();
  for (const { path, title, analysis } of chapters) {
    for (const figure of analysis.figures) figures.set(figure.id, { ...figure, file: analysis.file, chapterPath: path, chapterTitle: title });
  }
  return figures;
}

/**
 * Ids used by two figures anywhere on the site, and <FigRef> ids no figure has, as "file:line: …".
 * `rejected` are ids of figures written but reported for other mistakes: a reference to one is not reported again.
 */
export function figureProblems(analyses: readonly ChapterAnalysis[], rejected: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const first = new Map<string, string>();
  for (const { file, figures } of analyses) {
    for (const figure of figures) {
      const earlier = first.get(figure.id);
      if (earlier) problems.push(`${file}:${figure.line}, <Figure id="${figure.id}">: the id is also used by the figure at ${earlier}; figure ids must be unique across the site, because <FigRef> and the list of figures find a figure by its id`);
      else first.set(figure.id, `${file}:${figure.line}`);
    }
  }
  for (const { file, figureRefs } of analyses) {
    for (const ref of figureRefs) {
      if (first.has(ref.id) || rejected.has(ref.id)) continue;
      const suggestion = closestName(ref.id, first.keys());
      problems.push(`${file}:${ref.line}, <FigRef id="${ref.id}">: no figure has this id; ${suggestion ? `did you mean "${suggestion}" (${first.get(suggestion)})?` : 'the site has no figures yet'}`);
    }
  }
  return problems;
}

/** What <FigRef> writes: "Figure 3" within the figure's own chapter, "Chapter title, Figure 3" from any other. */
export function figureRefLink(figure: SiteFigure, fromFile: string, lang: Lang): { text: string; href: string } {
  const anchor = `#fig-${figure.id}`;
  return figure.file === fromFile
    ? { text: figureLabel(lang, figure.number), href: anchor }
    : { text: figureInChapter(lang, figure.chapterTitle, figure.number), href: `${figure.chapterPath}${anchor}` };
}
