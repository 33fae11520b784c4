/**
 * The report's content collections, for its `src/content.config.ts`:
 *
 *   export { collections } from 'report-site/content';
 *
 * Astro reads collections only from that file in the project's own source
 * folder, so a report keeps this one line (as Starlight sites do).
 */
import { defineCollection } from 'astro:content';
import fs from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { paths } from 'virtual:report-site/project';
import { chapterQuestionSchema, quotedDatasetsSchema } from '../schemas/chapter.ts';

const I18N_DIR = new URL('./i18n/', import.meta.url);

/**
 * One entry per language, with the language as its id. Starlight keys the texts
 * by their file's path below the report's own src/content/i18n/ when an entry has
 * a path; these files are the engine's, so the entries carry none.
 */
function engineTexts(): Loader {
  return {
    name: 'report-site-texts',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const file of fs.readdirSync(I18N_DIR).filter((name) => name.endsWith('.json')).sort()) {
        const id = file.replace(/\.json$/, '');
        const data = JSON.parse(fs.readFileSync(new URL(file, I18N_DIR), 'utf8')) as Record<string, unknown>;
        store.set({ id, data: await parseData({ id, data }) });
      }
    },
  };
}

export const collections = {
  // The chapters: MDX files in the report's content folder.
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: paths.contentDir }),
    schema: docsSchema({ extend: z.object({ datasets: quotedDatasetsSchema.optional(), question: chapterQuestionSchema.optional() }) }),
  }),
  // The engine's own wording of Starlight's interface texts and of its own pages (i18n/<lang>.json beside this file).
  i18n: defineCollection({
    loader: engineTexts(),
    schema: i18nSchema({ extend: z.object({ 'figures.title': z.string(), 'figures.description': z.string(), 'figures.intro': z.string() }).partial() }),
  }),
};
