/**
 * Link integrity of a built site: every internal link, image and script in
 * dist/ points at a file that exists, and every #anchor at an id on that
 * page. Links are resolved as a browser would, under the site's base path.
 *
 * Nothing of a page is kept once it has been read: strings cut from a page's
 * HTML hold on to the whole page, and a site of 10,000 figures is gigabytes of
 * HTML. Anchors into other pages are collected and checked when those pages
 * are read again, once each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { scanHtml } from './scan-html.ts';
import { htmlPagesOf } from './html-pages.ts';

export interface BrokenLink {
  /** The page holding the link, as a URL path ("/population/"). */
  page: string;
  href: string;
  problem: string;
}

const ORIGIN = 'http://site.invalid';

/** A link to an anchor of another page, waiting for that page to be read. */
interface WantedAnchor {
  anchor: string;
  page: string;
  href: string;
}

export function checkLinks(dist: string, base = '/'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  // Every page links the same stylesheets and scripts: each file is looked up once.
  const known = new Map<string, boolean>();
  const isFile = (file: string) => {
    if (!known.has(file)) known.set(file, fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false);
    return known.get(file) as boolean;
  };
  const wanted = new Map<string, WantedAnchor[]>();

  for (const page of htmlPagesOf(dist)) {
    const pageFile = path.join(dist, page);
    const pageUrl = new URL(`${base}${page.split(path.sep).join('/').replace(/index\.html$/, '')}`, ORIGIN);
    const { references, ids } = scanHtml(fs.readFileSync(pageFile, 'utf8'));
    for (const href of references) {
      const url = new URL(href, pageUrl);
      if (url.origin !== ORIGIN) continue; // external: shown to readers, never fetched by the site
      const report = (problem: string) => broken.push({ page: pageUrl.pathname, href: detached(href), problem });
      if (!url.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      let file = path.join(dist, relative);
      if (relative === '' || relative.endsWith('/')) file = path.join(file, 'index.html');
      if (!isFile(file)) {
        report('no such file in dist/');
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (!anchor || !file.endsWith('.html')) continue;
      if (file === pageFile) {
        if (!ids.has(anchor)) report(noSuchId(anchor));
      } else {
        const list = wanted.get(file) ?? [];
        list.push({ anchor, page: pageUrl.pathname, href: detached(href) });
        wanted.set(file, list);
      }
    }
  }

  for (const [file, anchors] of wanted) {
    const { ids } = scanHtml(fs.readFileSync(file, 'utf8'));
    for (const { anchor, page, href } of anchors) if (!ids.has(anchor)) broken.push({ page, href, problem: noSuchId(anchor) });
  }
  // In page order, as a reader going through the site would meet them.
  return broken.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}

const noSuchId = (anchor: string) => `no element with id "${anchor}" on that page`;

/** A copy of a string that does not keep the page it was cut from in memory. */
const detached = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
