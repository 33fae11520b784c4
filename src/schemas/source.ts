/**
 * A bibliography entry: a report the site follows, or an original source that a
 * report quotes (a statistical yearbook, an agency's figures...).
 */
import { z } from 'zod';

export const sourceSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Person or organisation, as it should be cited: "Shahgaldiyev, E." or "World Bank". */
  author: z.string().min(1),
  /** Short author form for in-text citations: "Shahgaldiyev", "World Bank". */
  shortAuthor: z.string().min(1),
  /** Year of publication; left out where the reports give none (an agency's statistics). */
  year: z.string().regex(/^\d{4}$/).optional(),
  title: z.string().min(1),
  /** The title in the report's other languages, shown beside it there (the title itself stays in its own language). */
  translatedTitle: z.record(z.string(), z.string().min(1)).optional(),
  /** The title is our description, the reports name no document: shown in [brackets]. */
  described: z.boolean().optional(),
  /** Publisher, series or issuing body. */
  publisher: z.string().min(1).optional(),
  /** Report series and number, e.g. "CARIM-East Research Report 2013/09". */
  series: z.string().min(1).optional(),
  /** Where the text was published, if the report names it. Shown, never fetched. */
  url: z.url().optional(),
  /**
   * The source's section headings as it writes them. Where given, a locator that
   * names a section in curly quotes (“Legal migration”) must name one of these.
   */
  sections: z.array(z.string().min(1)).min(1).optional(),
  /** "report": a report the site follows; "original": a source such a report quotes. */
  kind: z.enum(['report', 'original']),
});

export type Source = z.output<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;
