import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { chapterQuestionSchema, quotedDatasetsSchema } from './schemas/chapter.ts';

export const collections = {
  // Chapters are MDX files in content/ at the top of the project.
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
    schema: docsSchema({ extend: z.object({ datasets: quotedDatasetsSchema.optional(), question: chapterQuestionSchema.optional() }) }),
  }),
  // The site's own wording of Starlight's interface texts, and of the engine's own pages (src/content/i18n/en.json).
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: z.object({ 'figures.title': z.string(), 'figures.description': z.string(), 'figures.intro': z.string() }).partial() }),
  }),
};
