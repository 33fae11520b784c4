/** Every chapter with its page path, title and analysis (for the catalogue). */
import { getCollection } from 'astro:content';
import { registry } from '../data/datasets.ts';
import { analyseChapterFile } from './analyse-chapter.ts';
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
      analysis: analyseChapterFile(entry.filePath as string, registry),
    }));
}
