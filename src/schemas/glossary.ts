/**
 * A report's glossary: one entry per concept, with the name chapters use for
 * it, a definition written for the report, where that definition comes from,
 * and the other names chapters should not use for the same concept.
 *
 *   // content/glossary.ts
 *   import { defineGlossary } from 'report-site/schema';
 *   export default defineGlossary([
 *     { id: 'net-migration', term: 'net migration', definition: '…', source: 'statistics-office-2020',
 *       locator: 'p. 4', basis: 'defined', synonyms: ['migration balance'],
 *       translations: { az: { term: 'miqrasiya saldosu', definition: '…', locator: 's. 4', synonyms: [] } } },
 *   ]);
 *
 * The report config names the file: glossary: 'content/glossary.ts'.
 */
import { z } from 'zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const glossaryTermSchema = z.strictObject({
  /** Lower-case words joined by hyphens: <Term id="…"> and the glossary's #term-… anchor use it. */
  id: z.string().regex(ID, 'expected lower-case words joined by hyphens, e.g. "net-migration"'),
  /** The name as the glossary lists it and chapters write it: "internally displaced person (IDP)". */
  term: z.string().min(1),
  /** The definition in the report's own words. */
  definition: z.string().min(1),
  /** Citation key of the source the definition follows. */
  source: z.string().min(1),
  /** Where in that source: "section 10.3", "p. 12". */
  locator: z.string().min(1),
  /**
   * "defined": the source defines the term there; "usage": the sources give no
   * definition, and this one follows how the source uses the term there.
   */
  basis: z.enum(['defined', 'usage']),
  /** Other names for the same concept that chapters should not use (npm run check warns). */
  synonyms: z.array(z.string().min(1)).default([]),
  /** The term in the report's other languages, by language: { az: { term, definition, synonyms } }. */
  translations: z
    .record(
      z.string(),
      z.strictObject({
        term: z.string().min(1),
        definition: z.string().min(1),
        /** Where in the source, in this language; the names of the source's sections stay as the source writes them. */
        locator: z.string().min(1),
        synonyms: z.array(z.string().min(1)).default([]),
      }),
    )
    .default({}),
});

/** A term in `lang`: its translation into that language, else the entry as written (in the report's language). */
export function termIn<Term extends Pick<GlossaryTerm, 'term' | 'definition' | 'locator' | 'synonyms' | 'translations'>>(term: Term, lang: string): Term {
  const translation = term.translations[lang];
  return translation ? { ...term, ...translation } : term;
}

/** Terms not translated into each of the report's other languages, as messages. */
export function untranslatedTerms(terms: readonly GlossaryTerm[], languages: readonly string[], file: string): string[] {
  return terms.flatMap((term) => [
    ...languages.filter((lang) => !term.translations[lang]).map((lang) => `${file}, term "${term.id}": no translations.${lang}; the report is also published in "${lang}", so the term needs its name and definition in it`),
    ...Object.keys(term.translations).filter((lang) => !languages.includes(lang)).map((lang) => `${file}, term "${term.id}": translations.${lang}: the report declares no language "${lang}"`),
  ]);
}

export const glossarySchema = z.array(glossaryTermSchema).min(1, 'expected at least one term');

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;

/** Typed help for a glossary file; the engine checks it when it loads the report. */
export function defineGlossary(terms: GlossaryTermInput[]): GlossaryTermInput[] {
  return terms;
}
