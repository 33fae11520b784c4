/**
 * The engine's one entry point: the Astro settings that turn a report folder
 * (content/ with its report.config.ts, and data/) into a site.
 *
 *   // astro.config.mjs of a report
 *   export default defineConfig({ site, base, trailingSlash: 'always',
 *     ...(await reportSite({ config: 'content/report.config.ts', base })) });
 *
 * Run from the report's folder: content/ and data/ are read relative to it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { basePathLinks } from './markdown/base-path-links.ts';
import { focusableTables } from './markdown/focusable-tables.ts';
import { linkCheck } from './site/link-check-integration.ts';
import { reloadOnDataChange } from './site/reload-on-data-change.ts';
import { securityHeaders } from './site/security-headers-integration.ts';
import { reportPdf } from './site/pdf-integration.ts';
import { atomicDist } from './site/atomic-dist-integration.ts';
import { buildMemory } from './site/build-memory-integration.ts';
import { searchIndex } from './site/search-index-integration.ts';
import { placeholderNotice } from './site/deploy-settings.ts';
import { loadReportConfig } from './report/load-report-config.ts';
import { reportConfigPlugin } from './report/report-config-plugin.ts';

/** The parts of an Astro config the engine sets; the report sets site, base and trailingSlash. */
export type ReportSiteConfig = Pick<AstroUserConfig, 'srcDir' | 'markdown' | 'vite' | 'integrations' | 'build'>;

// Said once, at the end of a build, when SITE_URL was not set.
function placeholderSiteNotice(): AstroIntegration {
  return { name: 'report-site-url', hooks: { 'astro:build:done': ({ logger }) => logger.warn(placeholderNotice()) } };
}

export interface ReportSiteOptions {
  /** The report's config file, relative to the report folder. */
  config?: string;
  /** The base path the site is served under (the deployer's BASE_PATH). */
  base?: string;
  /** True when SITE_URL was not set: the build then names the files that carry the placeholder origin. */
  placeholderSite?: boolean;
}

const engineFile = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export async function reportSite({ config = 'content/report.config.ts', base = '/', placeholderSite = false }: ReportSiteOptions = {}): Promise<ReportSiteConfig> {
  const report = await loadReportConfig(config);
  return {
    // Pages, components and the content collections are the engine's, wherever the report is.
    srcDir: engineFile('./'),
    // Two pages at a time: a figure's PNG is drawn off the main thread while the next page renders.
    build: { concurrency: 2 },
    // Chapter links such as "/chapter/" follow the base path.
    markdown: { processor: satteri({ hastPlugins: [basePathLinks(base), focusableTables()] }) },
    vite: {
      plugins: [reportConfigPlugin(config)],
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
      // A build's heap grows by half at most before it is collected.
      buildMemory(),
      starlight({
        title: report.title,
        description: report.description,
        // One language, the report's: <html lang> and Starlight's interface texts follow it.
        locales: { root: { label: report.lang, lang: report.lang } },
        // Chapters live in content/, not src/content/docs/.
        markdown: { processedDirs: ['./content'] },
        customCss: [engineFile('./styles/figures.css'), engineFile('./styles/print.css')],
        components: {
          MarkdownContent: engineFile('./components/overrides/MarkdownContent.astro'),
          Head: engineFile('./components/overrides/Head.astro'),
          PageTitle: engineFile('./components/overrides/PageTitle.astro'),
          // Search code loads when the reader opens search, not on idle.
          Search: engineFile('./components/overrides/Search.astro'),
        },
        // The reading order of the report.
        sidebar: report.sidebar,
        lastUpdated: false,
        pagination: true,
        // The search index is written by searchIndex() below, which leaves out pages
        // that are not searched (embed pages) instead of holding them all.
        pagefind: false,
      }),
      // dist/pagefind/: the search index of every page that marks a search body.
      searchIndex(),
      // Dev server: an edited CSV reloads the page that shows it.
      reloadOnDataChange(),
      // dist/_headers: the Content-Security-Policy, with a hash for each inline script.
      securityHeaders(),
      // The whole report as dist/<slug>.pdf, and its size in the pages' download links.
      reportPdf(),
      // Last, so it sees the finished site: a broken internal link stops the build.
      linkCheck(),
      // Said once, at the end, when the site's address is a placeholder.
      ...(placeholderSite ? [placeholderSiteNotice()] : []),
      // Only a build that passed every step replaces dist/.
      atomicDist(),
    ],
  };
}
