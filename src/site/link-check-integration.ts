/**
 * An Astro integration that checks every internal link and #anchor of the
 * built site, and stops the build with a list of the broken ones.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks } from './check-links.ts';
import { ReportInputError } from '../data/errors.ts';

export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'report-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const broken = checkLinks(fileURLToPath(dir), base);
        if (broken.length > 0) {
          throw new ReportInputError(
            `${broken.length} broken link(s) in the built site`,
            broken.map(({ page, href, problem }) => `page ${page}: link "${href}": ${problem}`),
          );
        }
        logger.info('every internal link and anchor resolves');
      },
    },
  };
}
