/**
 * The report's content collections, for its `src/content.config.ts`:
 *
 *   export { collections } from 'report-site/content';
 *
 * Astro reads collections only from that file in the project's own source
 * folder, so a report keeps this one line (as Starlight sites do).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { paths } from 'virtual:report-site/project';
import { chapterQuestionSchema, quotedDatasetsSchema } from '../schemas/chapter.ts';
import { LANGUAGES } from '../i18n/index.ts';
import { interfaceTexts } from '../i18n/interface-texts.ts';

/**
 * One entry per language, with the language as its id. Starlight keys the texts
 * by their file's path below the report's own src/content/i18n/ when an entry has
 * a path; these are the engine's, so the entries carry none.
 */
function engineTexts(): Loader {
  return {
    name: 'report-site-texts',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const id of LANGUAGES) store.set({ id, data: await parseData({ id, data: interfaceTexts(id) }) });
    },
  };
}

export const collections = {
  // The chapters: MDX files in the report's content folder.
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: paths.contentDir }),
    schema: docsSchema({ extend: z.object({ datasets: quotedDatasetsSchema.optional(), question: chapterQuestionSchema.optional() }) }),
  }),
  // Starlight's interface texts in the languages it does not ship, from the engine's dictionaries (src/i18n/).
  i18n: defineCollection({ loader: engineTexts(), schema: i18nSchema() }),
};
