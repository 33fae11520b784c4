/**
 * A small static file server for a built dist/, on 127.0.0.1, serving only
 * under the base path (as a sub-path host would), with dist/404.html for
 * anything not found.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor } from '../../src/site/headers-rules.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.zip': 'application/zip',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * `headers` are sent with every response, e.g. a Content-Security-Policy, or
 * 'dist' serves each path with the headers dist/_headers gives it, as a host
 * that reads the file would.
 */
export async function serveDist(dist: string, base = '/', fixed: Record<string, string> | 'dist' = {}): Promise<StaticServer> {
  const rules = fixed === 'dist' ? fs.readFileSync(path.join(dist, '_headers'), 'utf8') : undefined;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers = rules === undefined ? (fixed as Record<string, string>) : Object.fromEntries(headersFor(rules, `/${url.pathname.slice(base.length)}`));
    let file: string | undefined;
    if (url.pathname.startsWith(base)) {
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      const candidate = path.join(dist, relative);
      if (candidate.startsWith(dist)) {
        file = fs.existsSync(candidate) && fs.statSync(candidate).isDirectory() ? path.join(candidate, 'index.html') : candidate;
      }
    }
    if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] as string });
    response.end(fs.existsSync(path.join(dist, '404.html')) ? fs.readFileSync(path.join(dist, '404.html')) : 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Paths of every HTML page of a dist/ folder ("/", "/remittances/", "/404.html"). */
export function pagesOf(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/**
 * The pages a whole-site browser check visits: every page, except that of the
 * pages made from one template per dataset (/data/<id>/, one per dataset and
 * language) it takes the first two of each language; their template is checked
 * there, and the rest differ only in the words and numbers of their dataset.
 */
export function pagesToVisit(pages: readonly string[], perTemplate = 2): string[] {
  const seen = new Map<string, number>();
  return pages.filter((page) => {
    const template = /^(\/[a-z]{2})?\/data\/[a-z0-9-]+\/$/.exec(page);
    if (!template) return true;
    const key = template[1] ?? '';
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return (seen.get(key) ?? 0) <= perTemplate;
  });
}
