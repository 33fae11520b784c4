/**
 * Mounts Pagefind's interface (which then loads the index) in Starlight's search
 * dialog, in place of the plain field shown while it loads, and searches for what
 * the reader typed there. Runs when load-search-on-open.ts puts it in the page.
 * The options are those Starlight's own script gives Pagefind (re-checked by
 * tests/site/starlight-search.test.ts), with the ranking of search-ranking.ts.
 */
// @ts-expect-error: @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
import { SEARCH_RANKING } from './search-ranking.ts';

const root = document.querySelector<HTMLElement>('site-search');
const container = root?.querySelector<HTMLElement>('#starlight__search');
if (root && container) mountPagefind(root, container);

function mountPagefind(root: HTMLElement, container: HTMLElement): void {
  let translations = {};
  try {
    translations = JSON.parse(root.dataset.translations || '{}');
  } catch {}
  const stripTrailingSlash = (url: string) => url.replace(/(.)\/(#.*)?$/, '$1$2');
  const formatURL = root.dataset.stripTrailingSlash !== undefined ? stripTrailingSlash : (url: string) => url;

  const field = container.querySelector<HTMLInputElement>('.pending-search-input');
  const typed = field?.value ?? '';
  const hadFocus = field !== null && document.activeElement === field;
  for (const placeholder of container.querySelectorAll('.pending-search-input, .pending-search-status')) placeholder.remove();
  // The current edition's index, also on an earlier edition's pages (Search.astro says where it is).
  const searchBase = document.getElementById('pending-search')?.dataset.searchBase || import.meta.env.BASE_URL;
  const ui = new PagefindUI({
    ranking: SEARCH_RANKING,
    element: '#starlight__search',
    baseUrl: searchBase,
    bundlePath: searchBase.replace(/\/$/, '') + '/pagefind/',
    showImages: false,
    translations,
    showSubResults: true,
    processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
      result.url = formatURL(result.url);
      result.sub_results = result.sub_results.map((subResult) => ({ ...subResult, url: formatURL(subResult.url) }));
    },
  });
  container.removeAttribute('aria-busy');
  if (typed) ui.triggerSearch(typed);
  const input = container.querySelector<HTMLInputElement>('input');
  if (hadFocus && input) {
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
}
