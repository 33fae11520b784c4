/**
 * What is specific to one report: its title, edition, authors, language and
 * reading order. The report's own config file (content/report.config.ts in
 * this project) is checked against this schema before anything is built.
 */
import { z } from 'zod';
import { sourceSchema } from '../schemas/source.ts';
import { LANGUAGES } from '../i18n/index.ts';

const sidebarEntrySchema = z.union([
  z.strictObject({ label: z.string().min(1), slug: z.string().min(1) }),
  z.strictObject({ label: z.string().min(1), link: z.string().startsWith('/') }),
]);

export const reportConfigSchema = z.strictObject({
  /** The report's title: the site name, the PDF title, the citation title. */
  title: z.string().min(1),
  /** One or two sentences: the home page's meta description and the site's summary. */
  description: z.string().min(1),
  /** Used for file names such as the PDF: lower-case words joined by hyphens. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens'),
  /** The edition, set here once: citations and the PDF use it, never the build time. */
  edition: z.strictObject({
    version: z.string().min(1),
    /** The edition's date, written 2026-12-02. */
    date: z.iso.date(),
  }),
  /** Who publishes the site, as it should be cited. */
  authors: z.array(z.string().min(1)).min(1),
  /** The language of the chapters, as a BCP 47 tag ("en", "en-GB", "az"): one the engine has words in (src/i18n/). */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language tag such as "en" or "az"')
    .refine((tag) => (LANGUAGES as readonly string[]).includes(tag.split('-')[0] ?? ''), {
      message: `the engine has words in ${LANGUAGES.map((lang) => `"${lang}"`).join(' and ')} only (src/i18n/); expected one of them, with a region if you like ("en-GB")`,
    }),
  /** The reading order: the sidebar, the PDF and prev/next follow it. */
  sidebar: z.array(sidebarEntrySchema).min(1),
  /** Every source the datasets and chapters cite: the reports, and the originals they quote. */
  bibliography: z.array(sourceSchema).min(1),
  /** Headings of the data catalogue, one per folder of data/, in reading order. */
  dataTopics: z.array(z.strictObject({ folder: z.string().min(1), title: z.string().min(1) })).default([]),
  /**
   * Plain-text copies of the reports, for the transcription check (npm run check:data):
   * the folder, and the files of each report by citation key.
   */
  sourceTexts: z.strictObject({ dir: z.string().min(1), files: z.record(z.string(), z.array(z.string().min(1))) }).optional(),
  /**
   * The glossary: the file of terms, relative to the project root, e.g. "content/glossary.ts",
   * whose default export is made with defineGlossary([ … ]) from "report-site/schema".
   */
  glossary: z.string().regex(/\.(?:ts|mts|js|mjs)$/, 'expected the glossary file, e.g. "content/glossary.ts"').optional(),
});

export type ReportConfig = z.output<typeof reportConfigSchema>;
export type ReportConfigInput = z.input<typeof reportConfigSchema>;

/** Typed help for a report's config file; validation happens when the engine loads it. */
export function defineReport(config: ReportConfigInput): ReportConfigInput {
  return config;
}
