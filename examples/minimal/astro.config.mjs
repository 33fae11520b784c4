// @ts-check
// The example report: built from this folder by `npm run build:example`.
import { defineConfig } from 'astro/config';
import { reportSite } from '../../src/report-site.ts';
import { deploySettings } from '../../src/site/deploy-settings.ts';

const { site, base, placeholder } = deploySettings(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  ...(await reportSite({ config: 'content/report.config.ts', base, placeholderSite: placeholder })),
});
