/**
 * Link integrity of a built site: every internal link, image and script in
 * dist/ points at a file that exists, and every #anchor at an id on that
 * page. Links are resolved as a browser would, under the site's base path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { scanHtml, type ScannedPage } from './scan-html.ts';
import { htmlPagesOf } from './html-pages.ts';

export interface BrokenLink {
  /** The page holding the link, as a URL path ("/population/"). */
  page: string;
  href: string;
  problem: string;
}

const ORIGIN = 'http://site.invalid';

export function checkLinks(dist: string, base = '/'): BrokenLink[] {
  const pages = htmlPagesOf(dist);
  // Each page is read once: what it links, and its ids for the anchors pointing at it.
  const scanned = new Map<string, ScannedPage>();
  const scanOf = (file: string) => {
    let page = scanned.get(file);
    if (!page) {
      page = scanHtml(fs.readFileSync(file, 'utf8'));
      scanned.set(file, page);
    }
    return page;
  };

  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base}${page.split(path.sep).join('/').replace(/index\.html$/, '')}`, ORIGIN);
    const { references } = scanOf(path.join(dist, page));
    for (const href of references) {
      const url = new URL(href, pageUrl);
      if (url.origin !== ORIGIN) continue; // external: shown to readers, never fetched by the site
      const report = (problem: string) => broken.push({ page: pageUrl.pathname, href, problem });
      if (!url.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      let file = path.join(dist, relative);
      if (relative === '' || relative.endsWith('/')) file = path.join(file, 'index.html');
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        report('no such file in dist/');
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !scanOf(file).ids.has(anchor)) report(`no element with id "${anchor}" on that page`);
    }
  }
  return broken;
}
