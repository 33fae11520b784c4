/**
 * The report's glossary, read from the file the report config names and
 * checked entry by entry: the shape of each term, unique ids, and citation
 * keys known to the bibliography. A problem names the file and the term.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glossaryTermSchema, untranslatedTerms, type GlossaryTerm } from '../schemas/glossary.ts';
import { reportLanguages, type ReportConfig } from '../report/report-schema.ts';
import type { ReportPaths } from '../report/options.ts';
import { createBibliography, type Bibliography } from '../bibliography/bibliography.ts';
import { formatZodIssues, ReportInputError } from '../data/errors.ts';
import { didYouMean } from '../chapters/closest-name.ts';

/** The glossary's terms by id; empty when the report has none. */
export type Glossary = ReadonlyMap<string, GlossaryTerm>;

export function glossaryById(terms: readonly GlossaryTerm[]): Glossary {
  return new Map(terms.map((term) => [term.id, term]));
}

/**
 * Checks the default export of a glossary file; `file` names it in messages.
 * `languages` are the report's other languages, which every term must be translated into.
 */
export function checkGlossary(input: unknown, file: string, bibliography: Bibliography, languages: readonly string[] = []): GlossaryTerm[] {
  if (!Array.isArray(input)) {
    throw new ReportInputError(`The glossary ${file} has problems`, [`${file}: expected a default export made with defineGlossary([ … ]) from "report-site/schema"`]);
  }
  const problems: string[] = [];
  const terms: GlossaryTerm[] = [];
  const byId = new Map<string, number>();
  if (input.length === 0) problems.push(`${file}: the glossary has no terms; add one or take "glossary" out of the report config`);
  input.forEach((entry: unknown, index) => {
    const written = (entry as { id?: unknown } | null)?.id;
    const where = `${file}, term ${typeof written === 'string' ? `"${written}"` : `number ${index + 1}`}`;
    const parsed = glossaryTermSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(...formatZodIssues(parsed.error).map((issue) => `${where}: ${issue}`));
      return;
    }
    const term = parsed.data;
    const before = problems.length;
    const previous = byId.get(term.id);
    if (previous !== undefined) problems.push(`${where}: the id is already used by term number ${previous + 1}; give each term its own id`);
    if (!bibliography.has(term.source)) {
      problems.push(`${where}: citation key "${term.source}" is not in the bibliography; ${didYouMean(term.source, bibliography.keys(), 'citation keys')}`);
    }
    for (const synonym of term.synonyms) {
      if (synonym.toLowerCase() === term.term.toLowerCase()) problems.push(`${where}: "${synonym}" is the term itself; synonyms are the names chapters should not use`);
    }
    problems.push(...untranslatedTerms([term], languages, file));
    if (previous === undefined) byId.set(term.id, index);
    if (problems.length === before) terms.push(term);
  });
  // A synonym of one term that is another term's name would warn against the preferred word.
  const names = new Map(terms.map((term) => [term.term.toLowerCase(), term.id]));
  for (const term of terms) {
    for (const synonym of term.synonyms) {
      const other = names.get(synonym.toLowerCase());
      if (other && other !== term.id) problems.push(`${file}, term "${term.id}": the synonym "${synonym}" is the name of the term "${other}"`);
    }
  }
  if (problems.length > 0) throw new ReportInputError(`The glossary ${file} has ${problems.length} problem(s)`, problems);
  return terms;
}

/**
 * The terms of the glossary file the config names (`glossary`, relative to the
 * project root), imported with `importModule` (a Vite module runner in the
 * integration, a plain import in the commands), and checked. No file: no terms.
 */
export async function loadGlossary(
  report: ReportConfig,
  paths: Pick<ReportPaths, 'root' | 'configFile'>,
  importModule: (file: string) => Promise<{ default?: unknown }> = (file) => import(/* @vite-ignore */ pathToFileURL(file).href),
): Promise<{ terms: GlossaryTerm[]; file?: string }> {
  if (!report.glossary) return { terms: [] };
  const file = path.resolve(paths.root, report.glossary);
  if (!fs.existsSync(file)) {
    throw new ReportInputError('The glossary is missing', [`${paths.configFile}: "glossary": no file ${report.glossary}; write it with defineGlossary([ … ]) from "report-site/schema"`]);
  }
  const module = await importModule(file);
  return { terms: checkGlossary(module.default, report.glossary, createBibliography(report.bibliography, paths.configFile), reportLanguages(report).slice(1)), file };
}
