/**
 * The known name nearest to a misspelt one, by edit distance (Levenshtein),
 * for "did you mean …?" hints. Names here are short ids, so the plain
 * two-row algorithm is quick enough and needs no library.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The candidate with the smallest distance to `name` (the first of equals), or undefined if there is none. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Sets at most this large are listed in full after the suggestion; larger ones are not. */
const LISTED_IN_FULL = 7;

/**
 * The "did you mean" part of a message: the closest known name, and all of
 * them only when they are few (a long list of every id hides the answer).
 */
export function didYouMean(name: string, candidates: Iterable<string>, kind: string): string {
  const all = [...candidates];
  if (all.length === 0) return `there are no ${kind} yet`;
  const meant = likelyMeant(name, all);
  const listed = all.length <= LISTED_IN_FULL ? `${kind}: ${all.join(', ')}` : undefined;
  if (meant) return `did you mean "${meant}"?${listed ? ` (${listed})` : ''}`;
  return listed ?? `none of the ${all.length} ${kind} is close`;
}

/**
 * The name the writer most likely meant, or undefined when none is near
 * enough to suggest (a far-fetched guess misleads more than none).
 */
export function likelyMeant(name: string, candidates: readonly string[]): string | undefined {
  const closest = closestName(name, candidates);
  if (closest !== undefined && editDistance(name, closest) <= Math.max(2, Math.floor(name.length / 3))) return closest;
  // A shortened or lengthened id ("smith-2011" for "smith-survey-2011") is many edits away but starts the same.
  let best: { candidate: string; shared: number } | undefined;
  for (const candidate of candidates) {
    const shared = commonPrefixLength(name.toLowerCase(), candidate.toLowerCase());
    if (shared >= 4 && (!best || shared > best.shared)) best = { candidate, shared };
  }
  return best?.candidate;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
