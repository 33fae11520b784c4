/**
 * What a page costs a reader at first view: its HTML, the CSS it links or
 * inlines, and the JavaScript it runs before any interaction (module scripts
 * and their static imports; code loaded on demand, such as search, is left out).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
  total: Weight;
}

const weigh = (text: string | Buffer): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const add = (...weights: Weight[]): Weight => weights.reduce((sum, weight) => ({ raw: sum.raw + weight.raw, gzip: sum.gzip + weight.gzip }), { raw: 0, gzip: 0 });

export function pageWeights(dist: string): PageWeight[] {
  const pages = (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html')).sort();
  return pages.map((file) => {
    const html = fs.readFileSync(path.join(dist, file), 'utf8');
    const { document } = parseHTML(html);
    const local = (href: string) => path.join(dist, decodeURIComponent(href.split(/[?#]/)[0] ?? '').replace(/^\//, ''));
    const css = add(
      ...[...document.querySelectorAll('link[rel="stylesheet"][href]')].map((link) => weigh(fs.readFileSync(local(link.getAttribute('href') ?? '')))),
    );
    const scripts = new Set<string>();
    let inline: Weight = { raw: 0, gzip: 0 };
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (src) collectStaticImports(local(src), scripts);
      else if (!['application/json', 'application/ld+json'].includes(script.getAttribute('type') ?? '')) inline = add(inline, weigh(script.textContent ?? ''));
    }
    const js = add(inline, ...[...scripts].map((script) => weigh(fs.readFileSync(script))));
    const htmlWeight = weigh(html);
    return { page: `/${file.replace(/index\.html$/, '')}`, html: htmlWeight, css, js, total: add(htmlWeight, css, js) };
  });
}

// Static imports only: `import "./x.js"`, `import {a} from "./x.js"`, `export * from "./x.js"`; not `import("./x.js")`.
function collectStaticImports(file: string, seen: Set<string>): void {
  if (seen.has(file) || !fs.existsSync(file)) return;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    collectStaticImports(path.resolve(path.dirname(file), match[1] ?? ''), seen);
  }
}
