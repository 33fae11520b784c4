/**
 * What a chapter's frontmatter must hold, as checked by `npm run check`
 * (the build checks it again with Starlight's own schema).
 */
import { z } from 'zod';

/**
 * Ids of the datasets whose numbers the chapter quotes in its text without
 * drawing them in a figure; the data catalogue lists the chapter under them.
 */
export const quotedDatasetsSchema = z.array(z.string({ error: 'expected dataset ids, e.g. datasets: [population-by-year]' }), {
  error: 'expected a list of dataset ids, e.g. datasets: [population-by-year]',
});

/** The one question a chapter answers, shown on its card on the cover. */
export const chapterQuestionSchema = z.string({ error: 'expected one question as text, e.g. question: How much money do migrants send home?' }).min(1);

export const chapterFrontmatterSchema = z.looseObject({
  title: z.string({ error: 'expected a title in quotes or plain text, e.g. title: Remittances' }).min(1, 'the title may not be empty'),
  description: z.string({ error: 'expected one sentence of text' }).min(1).optional(),
  datasets: quotedDatasetsSchema.optional(),
  question: chapterQuestionSchema.optional(),
});
