// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { basePathLinks } from './src/markdown/base-path-links.ts';
import { linkCheck } from './src/site/link-check-integration.ts';
import { reloadOnDataChange } from './src/site/reload-on-data-change.ts';
import { securityHeaders } from './src/site/security-headers-integration.ts';
import { loadReportConfig } from './src/report/load-report-config.ts';
import { reportConfigPlugin } from './src/report/report-config-plugin.ts';

// Everything that names this report lives in content/ and data/; this file only wires it in.
const REPORT_CONFIG = 'content/report.config.ts';
const report = await loadReportConfig(REPORT_CONFIG);

// Deployers set these for the host they copy dist/ to (see README, "Deploy").
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Chapter links such as "/remittances/" follow the base path.
  markdown: { processor: satteri({ hastPlugins: [basePathLinks(base)] }) },
  vite: {
    plugins: [reportConfigPlugin(REPORT_CONFIG)],
    build: {
      rolldownOptions: {
        // Astro marks every MDX page with this directive and the bundler warns about
        // it once per chapter (withastro/astro#18087); the warning is harmless and
        // would hide the ones that matter.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: report.title,
      description: report.description,
      // Chapters live in content/, not src/content/docs/.
      markdown: { processedDirs: ['./content'] },
      customCss: ['./src/styles/figures.css', './src/styles/print.css'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Head: './src/components/overrides/Head.astro',
      },
      // The reading order of the report.
      sidebar: report.sidebar,
      lastUpdated: false,
      pagination: true,
    }),
    // Dev server: an edited CSV reloads the page that shows it.
    reloadOnDataChange(),
    // dist/_headers: the Content-Security-Policy, with a hash for each inline script.
    securityHeaders(),
    // Last, so it sees the finished site: a broken internal link stops the build.
    linkCheck(),
  ],
});
