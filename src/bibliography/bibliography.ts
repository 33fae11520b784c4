/**
 * The bibliography, as the report config lists it, and the two ways a
 * source is written on the page: a short in-text form and a full reference.
 */
import type { Source } from '../schemas/source.ts';
import { ReportInputError } from '../data/errors.ts';
import { didYouMean } from '../chapters/closest-name.ts';
import { t, type Lang } from '../i18n/index.ts';

/** The report's sources by citation key. */
export type Bibliography = ReadonlyMap<string, Source>;

/** The sources of the report config, keyed; `file` names the config in messages. */
export function createBibliography(sources: readonly Source[], file: string): Bibliography {
  const byKey = new Map<string, Source>();
  const problems: string[] = [];
  sources.forEach((source, index) => {
    if (byKey.has(source.key)) problems.push(`${file}: "bibliography.${index}": the key "${source.key}" is used twice; each source needs its own key`);
    else byKey.set(source.key, source);
  });
  if (problems.length > 0) throw new ReportInputError('The bibliography has problems', problems);
  return byKey;
}

/** The source for a citation key, or a clear error naming where it was used. */
export function getSource(bibliography: Bibliography, key: string, usedAt: string): Source {
  const source = bibliography.get(key);
  if (!source) {
    throw new ReportInputError(`Unknown citation key "${key}"`, [
      `${usedAt}: no source "${key}" in the bibliography; ${didYouMean(key, bibliography.keys(), 'citation keys')}`,
    ]);
  }
  return source;
}

/** "World Bank 2011, p. 65": the in-text form (no year where the source has none). */
export function shortCitation(source: Source, locator?: string): string {
  return `${source.shortAuthor}${source.year ? ` ${source.year}` : ''}${locator ? `, ${locator}` : ''}`;
}

/** The full reference as plain text (the component adds the markup); "n.d." for no date, in `lang`. */
export function fullReference(source: Source, lang: Lang): string {
  const translated = source.translatedTitle?.[lang];
  // A real title stays in its own language, its translation beside it; a description of ours is simply translated.
  const title = source.described ? `[${translated ?? source.title}].` : `${source.title}${translated ? ` [${translated}]` : ''}.`;
  const parts = [`${source.author} (${source.year ?? t(lang, 'reference.noDate')}).`, title];
  if (source.series) parts.push(`${source.series}.`);
  if (source.publisher) parts.push(`${source.publisher}.`);
  return parts.join(' ');
}
