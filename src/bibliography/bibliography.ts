/**
 * The validated bibliography and the two ways a source is written on the
 * page: a short in-text form and a full reference.
 */
import { sourceSchema, type Source } from '../schemas/source.ts';
import { sources } from './sources/index.ts';
import { formatZodIssues, ReportInputError } from '../data/errors.ts';

function loadBibliography(): ReadonlyMap<string, Source> {
  const byKey = new Map<string, Source>();
  const problems: string[] = [];
  sources.forEach((input, index) => {
    const parsed = sourceSchema.safeParse(input);
    const where = `src/bibliography/sources/, entry ${index + 1}${input.key ? ` ("${input.key}")` : ''}`;
    if (!parsed.success) {
      problems.push(...formatZodIssues(parsed.error).map((issue) => `${where}: ${issue}`));
    } else if (byKey.has(parsed.data.key)) {
      problems.push(`${where}: the key "${parsed.data.key}" is used twice; each source needs its own key`);
    } else {
      byKey.set(parsed.data.key, parsed.data);
    }
  });
  if (problems.length > 0) throw new ReportInputError('The bibliography has problems', problems);
  return byKey;
}

export const bibliography = loadBibliography();

/** The source for a citation key, or a clear error naming where it was used. */
export function getSource(key: string, usedAt: string): Source {
  const source = bibliography.get(key);
  if (!source) {
    throw new ReportInputError(`Unknown citation key "${key}"`, [
      `${usedAt}: no source "${key}" in src/bibliography/sources/ (known keys: ${[...bibliography.keys()].join(', ')})`,
    ]);
  }
  return source;
}

/** "World Bank 2011, p. 65": the in-text form (no year where the source has none). */
export function shortCitation(source: Source, locator?: string): string {
  return `${source.shortAuthor}${source.year ? ` ${source.year}` : ''}${locator ? `, ${locator}` : ''}`;
}

/** The full reference as plain text (the component adds the markup). */
export function fullReference(source: Source): string {
  const parts = [`${source.author} (${source.year ?? 'n.d.'}).`, source.described ? `[${source.title}].` : `${source.title}.`];
  if (source.series) parts.push(`${source.series}.`);
  if (source.publisher) parts.push(`${source.publisher}.`);
  return parts.join(' ');
}
