/** The analysis of the chapter being rendered, for components used inside MDX. */
import type { AstroGlobal } from 'astro';
import { paths } from '../report/report.ts';
import type { ChapterAnalysis } from './analyse-chapter.ts';
import { numberedChapter } from './numbered-chapter.ts';

export function currentChapter(astro: AstroGlobal): ChapterAnalysis | undefined {
  const file = astro.locals.starlightRoute?.entry?.filePath;
  // A page that is not a chapter (the 404, an engine page) has no file in the report's content folder.
  return file?.startsWith(`${paths.content}/`) ? numberedChapter(file) : undefined;
}
