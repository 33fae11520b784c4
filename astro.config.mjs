// @ts-check
import { defineConfig } from 'astro/config';
import reportSite from 'report-site';

// This report: chapters and report.config.ts in content/, datasets in data/, read by
// the engine (src/, the report-site package). The site's address and base path come
// from SITE_URL and BASE_PATH (see README, "Deploy").
export default defineConfig({
  // The report's own Astro source folder (its content collections); src/ is the engine.
  srcDir: './site',
  integrations: [reportSite()],
});
