/** The analysis of the chapter being rendered, for components used inside MDX. */
import type { AstroGlobal } from 'astro';
import { registry } from '../data/datasets.ts';
import { analyseChapterFile, type ChapterAnalysis } from './analyse-chapter.ts';

export const CHAPTERS_DIR = 'content/';

export function currentChapter(astro: AstroGlobal): ChapterAnalysis | undefined {
  const file = astro.locals.starlightRoute?.entry?.filePath;
  // Starlight's generated pages (the 404) have an entry with no file of ours.
  return file?.startsWith(CHAPTERS_DIR) ? analyseChapterFile(file, registry) : undefined;
}
