/**
 * An Astro integration that writes dist/pagefind/, the search index, through
 * Pagefind's API rather than Starlight's (Starlight is configured with
 * `pagefind: false`): only the pages that mark a search body are handed over
 * (search-body.ts), so a report with thousands of figures indexes its chapters
 * without holding every embed page too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlPagesOf } from './html-pages.ts';
import { marksSearchBody } from './search-body.ts';

function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'report-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex();
          failOn(errors, 'start');
          const pages = htmlPagesOf(dist);
          let indexed = 0;
          // One page at a time, so no more than one page's HTML is held here.
          for (const page of pages) {
            const content = fs.readFileSync(path.join(dist, page), 'utf8');
            if (!marksSearchBody(content)) continue;
            failOn((await index!.addHTMLFile({ sourcePath: page, content })).errors, `index ${page}`);
            indexed++;
          }
          failOn((await index!.writeFiles({ outputPath: path.join(dist, 'pagefind') })).errors, 'write the index');
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`search index: ${indexed} of ${pages.length} pages in ${seconds} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
