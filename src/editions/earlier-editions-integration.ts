/**
 * An Astro integration: with REPORT_EARLIER_EDITIONS=on, a build also builds
 * every earlier edition of the report config from its git tag, under
 * dist/editions/<version>/ (build-earlier-editions.ts). It runs after the
 * search index is written, so no earlier page is searched, and before the
 * security headers and the link check, which then cover the earlier pages too.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlPagesOf } from '../site/html-pages.ts';
import type { EditionEntry } from '../report/report-schema.ts';
import { archivedEdition, buildsEarlierEditions } from './edition-build-settings.ts';
import { buildEarlierEditions } from './build-earlier-editions.ts';

export function earlierEditions(root: string, editions: readonly EditionEntry[]): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'report-earlier-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        // Checked first, so a misspelt value stops even a report with one edition.
        if (!buildsEarlierEditions(process.env) || archivedEdition(process.env)) return;
        if (editions.length < 2) {
          logger.info('earlier editions: the report config lists one edition only');
          return;
        }
        const dist = fileURLToPath(dir);
        const currentPages = htmlPagesOf(dist)
          .filter((page) => page.endsWith('index.html'))
          .map((page) => page.split('\\').join('/').replace(/index\.html$/, ''));
        const built = buildEarlierEditions({ root, dist, base, site, editions, currentPages });
        logger.info(`earlier editions: ${built.map((version) => `editions/${version}/`).join(', ')}`);
      },
    },
  };
}
