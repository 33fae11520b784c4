// @ts-check
import { defineConfig } from 'astro/config';
import reportSite from 'report-site';

// The site's address and base path come from SITE_URL and BASE_PATH when you build for a host.
export default defineConfig({
  integrations: [reportSite()],
});
