/**
 * How Pagefind ranks results: Starlight's defaults (0.42): a page's length and
 * how often a word occurs in it count for little, a word close to the one typed
 * counts for much. They are set here because the index is written by the engine
 * (src/site/search-index-integration.ts), with Starlight's own Pagefind step off.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
};
