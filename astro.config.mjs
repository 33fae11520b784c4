// @ts-check
import { defineConfig } from 'astro/config';
import { reportSite } from './src/report-site.ts';

// Deployers set these for the host they copy dist/ to (see README, "Deploy").
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

// Everything that names this report lives in content/ and data/; the engine in src/ takes it from here.
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  ...(await reportSite({ config: 'content/report.config.ts', base })),
});
