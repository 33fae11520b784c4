// @ts-check
// The example report: built from this folder by `npm run build:example`.
import { defineConfig } from 'astro/config';
import reportSite from 'report-site';

export default defineConfig({
  integrations: [reportSite()],
});
