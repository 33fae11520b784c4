/**
 * What is specific to one report: its title, edition, authors, language and
 * reading order. The report's own config file (content/report.config.ts in
 * this project) is checked against this schema before anything is built.
 */
import { z } from 'zod';
import { sourceSchema } from '../schemas/source.ts';
import { LANGUAGES } from '../i18n/index.ts';

/** Labels in the report's other languages, by language: { az: 'İcmal' }. */
const labelTranslations = z.record(z.string(), z.string().min(1)).optional();

const sidebarEntrySchema = z.union([
  z.strictObject({
    label: z.string().min(1),
    slug: z.string().min(1),
    translations: labelTranslations,
    /** True for a chapter outside the numbered body, such as sources and methods (back matter); the home page is never numbered. */
    unnumbered: z.boolean().optional(),
  }),
  z.strictObject({ label: z.string().min(1), link: z.string().startsWith('/'), translations: labelTranslations }),
]);

const knownLanguage = (tag: string) => (LANGUAGES as readonly string[]).includes(tag);

/** The report in one of its other languages: its pages live under /<language>/. */
const reportTranslationSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  disclaimer: z.string().min(1).optional(),
});

/** One edition: its version, its date and what changed since the one before, in each language of the report. */
const editionSchema = z.strictObject({
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'expected a version such as "1.0" or "1.1" (it names the git tag v<version> and the folder /editions/<version>/)'),
  /** The edition's date, written 2026-12-02. */
  date: z.iso.date(),
  /** What changed since the edition before: "Corrected the 2019 value of a table." */
  changes: z.string().min(1).optional(),
  /** The summary of changes in the report's other languages: { az: { changes: '…' } }. */
  translations: z.record(z.string(), z.strictObject({ changes: z.string().min(1) })).default({}),
});

export type EditionEntry = z.output<typeof editionSchema>;

const reportConfigObject = z.strictObject({
  /** The report's title: the site name, the PDF title, the citation title. */
  title: z.string().min(1),
  /** One or two sentences: the home page's meta description and the site's summary. */
  description: z.string().min(1),
  /** Used for file names such as the PDF: lower-case words joined by hyphens. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens'),
  /**
   * The edition, for a report that has had one: citations and the PDF use it, never the build time.
   * Once there are two, list them all in `editions` instead.
   */
  edition: editionSchema.optional(),
  /**
   * Every edition, oldest first; the last is the current one. Each has its version, date and summary
   * of changes; earlier ones can be built from their git tags (v<version>) under /editions/<version>/.
   */
  editions: z.array(editionSchema).min(1).optional(),
  /** Who publishes the site, as it should be cited. */
  authors: z.array(z.string().min(1)).min(1),
  /** A line under the title on the PDF's cover. */
  subtitle: z.string().min(1).optional(),
  /** Who publishes the report, on the PDF's cover and imprint page; the authors when not given. */
  publisher: z.string().min(1).optional(),
  /** The licence the report is published under, on the imprint page: its name and the address of its text. None is assumed. */
  licence: z.strictObject({ name: z.string().min(1), url: z.url().optional() }).optional(),
  /** What the report is not (say, not official statistics), on the imprint page. */
  disclaimer: z.string().min(1).optional(),
  /** The language of the chapters, as a BCP 47 tag ("en", "en-GB", "az"): one the engine has words in (src/i18n/). */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language tag such as "en" or "az"')
    .refine((tag) => (LANGUAGES as readonly string[]).includes(tag.split('-')[0] ?? ''), {
      message: `the engine has words in ${LANGUAGES.map((lang) => `"${lang}"`).join(' and ')} only (src/i18n/); expected one of them, with a region if you like ("en-GB")`,
    }),
  /** The reading order: the sidebar, the PDF and prev/next follow it. */
  sidebar: z.array(sidebarEntrySchema).min(1),
  /**
   * How figures are numbered: "chapter" by chapter ("Figure 3.2", figures of an unnumbered chapter
   * by their place in it), "report" through the whole report ("Figure 14").
   */
  figureNumbering: z.enum(['chapter', 'report']).default('chapter'),
  /** Every source the datasets and chapters cite: the reports, and the originals they quote. */
  bibliography: z.array(sourceSchema).min(1),
  /** Headings of the data catalogue, one per folder of data/, in reading order. */
  dataTopics: z.array(z.strictObject({ folder: z.string().min(1), title: z.string().min(1), translations: labelTranslations })).default([]),
  /**
   * The report's other languages, each with its title and description: { az: { title, description } }.
   * Chapters in a language sit in content/<language>/, and every label and dataset entry gives its
   * words in each language (the checks say which are missing).
   */
  translations: z
    .record(
      z.string().refine(knownLanguage, { message: `expected a language the engine has words in: ${LANGUAGES.map((lang) => `"${lang}"`).join(', ')} (src/i18n/)` }),
      reportTranslationSchema,
    )
    .default({}),
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

export const reportConfigSchema = reportConfigObject.superRefine((config, ctx) => {
  const languages = Object.keys(config.translations);
  if (!config.edition === !config.editions) ctx.addIssue({ code: 'custom', path: ['editions'], message: 'give either edition (the one edition) or editions (every edition, oldest first), not both and not neither' });
  const editions = config.editions ?? (config.edition ? [config.edition] : []);
  editions.forEach((edition, index) => {
    const path = config.editions ? ['editions', index] : ['edition'];
    const before = editions[index - 1];
    if (before && !(edition.date > before.date)) ctx.addIssue({ code: 'custom', path: [...path, 'date'], message: `edition ${edition.version} (${edition.date}) must come after edition ${before.version} (${before.date}): list editions oldest first` });
    if (editions.findIndex((other) => other.version === edition.version) !== index) ctx.addIssue({ code: 'custom', path: [...path, 'version'], message: `edition ${edition.version} is listed twice` });
    if (config.editions && !edition.changes) ctx.addIssue({ code: 'custom', path: [...path, 'changes'], message: `edition ${edition.version} needs its summary of changes (changes: '…'), shown on the Editions and corrections page` });
    for (const lang of languages) {
      if (edition.changes && !edition.translations[lang]) ctx.addIssue({ code: 'custom', path: [...path, 'translations', lang], message: `the changes of edition ${edition.version} need their words in "${lang}", a language of the report (translations)` });
    }
    for (const lang of Object.keys(edition.translations)) {
      if (!languages.includes(lang)) ctx.addIssue({ code: 'custom', path: [...path, 'translations', lang], message: `the report declares no language "${lang}"; add it to translations or remove these words` });
    }
  });
  if (languages.includes(config.lang.split('-')[0] ?? '')) ctx.addIssue({ code: 'custom', path: ['translations'], message: `"${config.lang}" is the report's own language (lang); translations lists only its other languages` });
  const labelled = [
    ...config.sidebar.map((entry, index) => ({ path: ['sidebar', index], label: entry.label, translations: entry.translations })),
    ...config.dataTopics.map((topic, index) => ({ path: ['dataTopics', index], label: topic.title, translations: topic.translations })),
  ];
  // A subtitle or disclaimer is printed in every language of the report.
  for (const field of ['subtitle', 'disclaimer'] as const) {
    if (config[field] === undefined) continue;
    for (const lang of languages) {
      if (!config.translations[lang]?.[field]) ctx.addIssue({ code: 'custom', path: ['translations', lang, field], message: `the report has a ${field}; give it in "${lang}" too` });
    }
  }
  for (const { path, label, translations = {} } of labelled) {
    for (const lang of languages) {
      if (!translations[lang]) ctx.addIssue({ code: 'custom', path: [...path, 'translations', lang], message: `"${label}" needs its label in "${lang}", a language of the report (translations)` });
    }
    for (const lang of Object.keys(translations)) {
      if (!languages.includes(lang)) ctx.addIssue({ code: 'custom', path: [...path, 'translations', lang], message: `the report declares no language "${lang}"; add it to translations or remove this label` });
    }
  }
}).transform(({ edition, editions, ...config }) => {
  // Checked above: one of the two is given.
  const all = editions ?? [edition!];
  return { ...config, editions: all, edition: all.at(-1)! };
});

/** The report's languages: its own first, then those it is translated into ("en", "az"). */
export function reportLanguages(config: Pick<ReportConfig, 'lang' | 'translations'>): string[] {
  return [config.lang.split('-')[0] ?? config.lang, ...Object.keys(config.translations)];
}

export type ReportConfig = z.output<typeof reportConfigSchema>;
export type ReportConfigInput = z.input<typeof reportConfigSchema>;

/** Typed help for a report's config file; validation happens when the engine loads it. */
export function defineReport(config: ReportConfigInput): ReportConfigInput {
  return config;
}
