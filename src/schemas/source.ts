/**
 * A bibliography entry: one of the five reports, or an original source that a
 * report quotes (the World Bank Factbook, the State Statistics Committee...).
 */
import { z } from 'zod';

export const sourceSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Person or organisation, as it should be cited: "Shahgaldiyev, E." or "World Bank". */
  author: z.string().min(1),
  /** Short author form for in-text citations: "Shahgaldiyev", "World Bank". */
  shortAuthor: z.string().min(1),
  year: z.string().regex(/^\d{4}$/),
  title: z.string().min(1),
  /** Publisher, series or issuing body. */
  publisher: z.string().min(1).optional(),
  /** Report series and number, e.g. "CARIM-East Research Report 2013/09". */
  series: z.string().min(1).optional(),
  /** Where the text was published, if the report names it. Shown, never fetched. */
  url: z.url().optional(),
  /** "report": one of the five reports this site follows; "original": a source they quote. */
  kind: z.enum(['report', 'original']),
});

export type Source = z.output<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;
