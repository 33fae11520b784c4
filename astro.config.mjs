// @ts-check
import { defineConfig } from 'astro/config';
import { reportSite } from './src/report-site.ts';
import { deploySettings } from './src/site/deploy-settings.ts';

// Deployers set SITE_URL and BASE_PATH for the host they copy dist/ to (see README, "Deploy").
const { site, base, placeholder } = deploySettings(process.env);

// Everything that names this report lives in content/ and data/; the engine in src/ takes it from here.
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  ...(await reportSite({ config: 'content/report.config.ts', base, placeholderSite: placeholder })),
});
