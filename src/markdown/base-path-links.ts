/**
 * Chapters link to each other as "/population/". When the site is served
 * under a sub-path (BASE_PATH=/my-report/), those links must become
 * "/my-report/population/": this Sätteri plugin rewrites them at build time.
 */
import { defineHastPlugin } from 'satteri';

/** The href with the base path in front, for links within the site ("/x/"); others unchanged. */
export function withBase(href: string, base: string): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
  return `${base.replace(/\/$/, '')}${href}`;
}

export function basePathLinks(base: string) {
  return defineHastPlugin({
    name: 'base-path-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'img' ? 'src' : 'href';
        const value = node.properties?.[key];
        if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, key, withBase(value, base));
      },
    },
  });
}
