/**
 * Starlight route middleware: on a page in another language than the
 * report's (under /az/), the sidebar's and the prev/next links to the
 * engine's pages ("/data/", "/glossary/", "/") lead to that language's page.
 * Starlight itself does this only for chapters named by slug.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

/** `href` in the language whose pages start at `prefix` ("/base/az/"), if it is a page of the site not yet in it. */
export function localizedHref(href: string, base: string, prefix: string): string {
  if (!href.startsWith(base) || href.startsWith(prefix)) return href;
  return `${prefix}${href.slice(base.length)}`;
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!route.locale) return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const prefix = `${base}${route.locale}/`;
  const localize = (href: string) => localizedHref(href, base, prefix);
  const current = context.url.pathname;
  const visit = (entry: Entry): Entry => {
    if (entry.type === 'group') return { ...entry, entries: entry.entries.map(visit) };
    const href = localize(entry.href);
    return { ...entry, href, isCurrent: href === current };
  };
  route.sidebar = route.sidebar.map(visit);
  const { prev, next } = route.pagination;
  route.pagination = {
    prev: prev && { ...prev, href: localize(prev.href) },
    next: next && { ...next, href: localize(next.href) },
  };
});
