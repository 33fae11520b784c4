/**
 * A <Cite> renders as a bracket, "(Author 2016, p. 3)", so it cannot be the
 * object of a verb: "as reported by <Cite …/>" prints "as reported by (…)".
 * A source quoted by a report is cited with via= instead, which writes
 * "(Source, as reported by Author 2016)" itself.
 */
const CITE_AFTER_BY = /\bby\s+<Cite\b/g;

/** "file:line: …" for every <Cite> written as the object of "by". */
export function citesAsObject(source: string, file: string): string[] {
  return [...source.matchAll(CITE_AFTER_BY)].map((match) => {
    const line = source.slice(0, match.index).split('\n').length;
    return `${file}:${line}: "by <Cite …/>" prints "by (…)"; cite the original with via="…" (and viaLocator="…") for the report that quotes it, or write the author's name in the sentence`;
  });
}
