/**
 * A locator names a source's sections in curly quotes: “Legal migration”,
 * section 1 of “Problems of migrant integration”. Where the bibliography lists
 * the source's sections, each quoted name must be one of them, so that a
 * section is named one way everywhere and a misspelt name is caught.
 */
import type { Source } from '../schemas/source.ts';
import { didYouMean } from '../chapters/closest-name.ts';

/** The names a locator quotes: “…”. */
export function quotedSections(locator: string): string[] {
  return [...locator.matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
}

/** One message per quoted name that is not a section of `source`; none when the source lists no sections. */
export function unknownSections(locator: string, source: Source): string[] {
  const sections = source.sections;
  if (!sections) return [];
  return quotedSections(locator)
    .filter((name) => !sections.includes(name))
    .map((name) => `“${name}” is not a section of ${source.key}; ${didYouMean(name, sections, 'sections')}`);
}

/** The sections a dataset's locator names: “…”, or section "…" (sections "…" and "…") as a TypeScript string writes it more easily. */
export function datasetLocatorSections(locator: string): string[] {
  const listed = [...locator.matchAll(/\bsections? ((?:"[^"]+"(?:,\s*|\s+and\s+)?)+)/g)].map((match) => match[1]!);
  return [...quotedSections(locator), ...listed.flatMap((names) => [...names.matchAll(/"([^"]+)"/g)].map((match) => match[1]!))];
}

/**
 * One message per section a dataset's locator names that no source lists. A
 * locator may name sections of more than one report, so a name is checked
 * against every listed section; none when no source lists its sections.
 */
export function unknownDatasetSections(locator: string, sources: Iterable<Source>): string[] {
  const listed = [...new Set([...sources].flatMap((source) => source.sections ?? []))];
  if (listed.length === 0) return [];
  return datasetLocatorSections(locator)
    .filter((name) => !listed.includes(name))
    .map((name) => `“${name}” is not a section any source lists; ${didYouMean(name, listed, 'sections')}`);
}
