/**
 * What a page weighs as a reading of its HTML finds it, without a browser: the
 * gzip bytes of the HTML, the stylesheets it links and the scripts it runs,
 * with their static imports (not what they load later, such as search).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const gzipSize = (body: string | Buffer) => gzipSync(body, { level: 9 }).length;

/** Site path → gzip bytes of the HTML, the stylesheets it links and the scripts it runs with their static imports. */
export function staticCount(dist: string, page: string): Map<string, number> {
  const fileOf = (sitePath: string) => path.join(dist, decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '').replace(/^\//, ''), sitePath.endsWith('/') ? 'index.html' : '');
  const html = fs.readFileSync(fileOf(page), 'utf8');
  const counted = new Map<string, number>([[page, gzipSize(html)]]);
  const { document } = parseHTML(html);
  for (const link of document.querySelectorAll('link[rel="stylesheet"][href]')) {
    const href = link.getAttribute('href') ?? '';
    counted.set(href, gzipSize(fs.readFileSync(fileOf(href))));
  }
  for (const script of document.querySelectorAll('script[src]')) collectStaticImports(dist, script.getAttribute('src') ?? '', counted);
  return counted;
}

// Static imports only: `import "./x.js"`, `import {a} from "./x.js"`, `export * from "./x.js"`; not `import("./x.js")`.
function collectStaticImports(dist: string, sitePath: string, counted: Map<string, number>): void {
  const file = path.join(dist, sitePath.replace(/^\//, ''));
  if (counted.has(sitePath) || !fs.existsSync(file)) return;
  const code = fs.readFileSync(file);
  counted.set(sitePath, gzipSize(code));
  for (const match of code.toString('utf8').matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    collectStaticImports(dist, path.posix.resolve(path.posix.dirname(sitePath), match[1] ?? ''), counted);
  }
}
