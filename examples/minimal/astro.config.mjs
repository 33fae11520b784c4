// @ts-check
// The example report: built from this folder by `npm run build:example`.
import { defineConfig } from 'astro/config';
import { reportSite } from '../../src/report-site.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'https://example.org',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  ...(await reportSite({ config: 'content/report.config.ts', base: process.env.BASE_PATH || '/' })),
});
