/**
 * Which built pages go into the search index. Pagefind's own rule: once any page
 * marks its searchable part with data-pagefind-body (Starlight marks the <main> of
 * every content page), pages without one are left out. Checking this before
 * handing a page over matters for memory: Pagefind keeps every page it is given
 * until it writes the index, even the ones it then leaves out (a figure's embed
 * page, say: 10,000 of them held 400 MB).
 */

// The attribute on an element's start tag, with or without a value.
const SEARCH_BODY = /<[a-z][^>]*\sdata-pagefind-body(?=[\s=>/])/i;

export function marksSearchBody(html: string): boolean {
  return SEARCH_BODY.test(html);
}
