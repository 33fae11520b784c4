/** Every chapter with its page path, title and analysis (for the catalogue and the figure index), by language. */
import { getCollection } from 'astro:content';
import { report } from '../report/report.ts';
import { reportLanguages } from '../report/report-schema.ts';
import { ReportInputError } from '../data/errors.ts';
import { numberedChapter } from './numbered-chapter.ts';
import { chapterPlace } from './chapter-locale.ts';
import { figureProblems, siteFigures, type SiteFigure } from './site-figures.ts';
import type { ChapterRef } from '../data/catalogue.ts';
import type { Lang } from '../i18n/index.ts';

/** The chapters written in `lang` (the report's own language when not given). */
export async function allChapters(lang: Lang = reportLanguages(report)[0] as Lang): Promise<ChapterRef[]> {
  const languages = reportLanguages(report);
  const entries = await getCollection('docs');
  return entries
    .filter((entry) => entry.filePath)
    .map((entry) => ({ entry, place: chapterPlace(entry.id, languages) }))
    .filter(({ place }) => place.lang === lang)
    .sort((a, b) => a.entry.id.localeCompare(b.entry.id))
    .map(({ entry, place }) => ({
      path: place.path,
      title: entry.data.title,
      quotes: entry.data.datasets ?? [],
      analysis: numberedChapter(entry.filePath as string),
    }));
}

/**
 * Every figure in `lang` by id; stops the build if an id is used twice in one language or a
 * <FigRef> names no figure. A figure keeps its id in each language.
 */
export async function checkedSiteFigures(lang?: Lang): Promise<Map<string, SiteFigure>> {
  const chapters = await allChapters(lang);
  const problems = figureProblems(chapters.map((chapter) => chapter.analysis));
  if (problems.length > 0) throw new ReportInputError(`${problems.length} problem(s) with figure ids and <FigRef>`, problems);
  return siteFigures(chapters);
}
