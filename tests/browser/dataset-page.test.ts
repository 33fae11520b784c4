/**
 * A dataset's page in Chromium, served with the headers of dist/_headers: its
 * schema.org JSON-LD is read from the page as a search engine reads it, and
 * the Content-Security-Policy reports no violation for it (a data block is
 * never run), while an injected script on the same page is reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { removeCopies } from '../build/build-site.ts';
import { sharedBuildToChange } from '../build/shared-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveDist, type StaticServer } from './static-server.ts';

let browser: Browser;
let server: StaticServer;
let dist: string;

beforeAll(async () => {
  // It writes an injected page into its dist/: a copy of its own.
  const build = await sharedBuildToChange('dataset-page');
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  dist = build.dist;
  server = await serveDist(dist, '/', 'dist');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeCopies();
});

/** Opens `pathname`; returns its JSON-LD documents and every CSP violation and console error it reports. */
async function open(pathname: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // Added by the test driver before the page's own scripts, so the policy does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${server.origin}${pathname}`, { waitUntil: 'networkidle' });
  const documents = await page.$$eval('script[type="application/ld+json"]', (scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '')));
  await context.close();
  return { documents, problems };
}

describe('a dataset page in the browser', () => {
  it('carries a schema.org Dataset in JSON-LD that the policy lets be, in each language', async () => {
    for (const [pathname, lang] of [['/data/remittance-flows/', 'en'], ['/az/data/remittance-flows/', 'az']]) {
      const { documents, problems } = await open(pathname!);
      expect(problems, pathname).toEqual([]);
      expect(documents).toHaveLength(1);
      expect(documents[0]).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', identifier: 'remittance-flows', inLanguage: lang, url: `https://example.org${pathname}` });
    }
  });

  it('reports a violation for a script the build did not write on the same page (so the check above can fail)', async () => {
    const page = fs.readFileSync(path.join(dist, 'data/remittance-flows/index.html'), 'utf8');
    fs.mkdirSync(path.join(dist, 'data/injected'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'data/injected/index.html'), page.replace('</body>', '<script>window.injected = true;</script></body>'));
    const { problems } = await open('/data/injected/');
    expect(problems.some((problem) => problem.startsWith('CSP violation: script-src'))).toBe(true);
  });
});
