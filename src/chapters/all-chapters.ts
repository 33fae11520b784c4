/** Every chapter with its page path, title and analysis (for the catalogue and the figure index). */
import { getCollection } from 'astro:content';
import { registry } from '../data/datasets.ts';
import { paths } from '../report/report.ts';
import { ReportInputError } from '../data/errors.ts';
import { analyseChapterFile } from './analyse-chapter.ts';
import { figureProblems, siteFigures, type SiteFigure } from './site-figures.ts';
import type { ChapterRef } from '../data/catalogue.ts';

export async function allChapters(): Promise<ChapterRef[]> {
  const entries = await getCollection('docs');
  return entries
    .filter((entry) => entry.filePath)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({
      path: entry.id === 'index' ? '/' : `/${entry.id}/`,
      title: entry.data.title,
      quotes: entry.data.datasets ?? [],
      analysis: analyseChapterFile(entry.filePath as string, registry, paths.root),
    }));
}

/** Every figure of the site by id; stops the build if an id is used twice or a <FigRef> names no figure. */
export async function checkedSiteFigures(): Promise<Map<string, SiteFigure>> {
  const chapters = await allChapters();
  const problems = figureProblems(chapters.map((chapter) => chapter.analysis));
  if (problems.length > 0) throw new ReportInputError(`${problems.length} problem(s) with figure ids and <FigRef>`, problems);
  return siteFigures(chapters);
}
