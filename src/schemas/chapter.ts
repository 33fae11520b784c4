/**
 * What a chapter's frontmatter must hold, as checked by `npm run check`
 * (the build checks it again with Starlight's own schema).
 */
import { z } from 'zod';

export const chapterFrontmatterSchema = z.looseObject({
  title: z.string({ error: 'expected a title in quotes or plain text, e.g. title: Remittances' }).min(1, 'the title may not be empty'),
  description: z.string({ error: 'expected one sentence of text' }).min(1).optional(),
});
