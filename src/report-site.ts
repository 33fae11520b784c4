/**
 * The engine as an Astro integration: it turns a report folder (chapters and
 * report.config.ts in content/, datasets in data/) into a site.
 *
 *   // astro.config.mjs of a report
 *   import { defineConfig } from 'astro/config';
 *   import reportSite from 'report-site';
 *   export default defineConfig({ integrations: [reportSite()] });
 *
 * It adds its pages with injectRoute, its middleware with addMiddleware and its
 * settings with updateConfig, so the report keeps its own source folder and may
 * add pages, integrations and Vite settings of its own.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, ViteUserConfig } from 'astro';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { basePathLinks } from './markdown/base-path-links.ts';
import { focusableTables } from './markdown/focusable-tables.ts';
import { mainPointsSection } from './markdown/main-points.ts';
import { linkCheck } from './site/link-check-integration.ts';
import { reloadOnDataChange } from './site/reload-on-data-change.ts';
import { securityHeaders } from './site/security-headers-integration.ts';
import { reportPdf } from './site/pdf-integration.ts';
import { atomicDist } from './site/atomic-dist-integration.ts';
import { buildMemory } from './site/build-memory-integration.ts';
import { searchIndex } from './site/search-index-integration.ts';
import { deploySettings, placeholderNotice, PLACEHOLDER_SITE } from './site/deploy-settings.ts';
import { importReportConfig } from './report/import-report-config.ts';
import { chapterNumbers } from './chapters/figure-numbering.ts';
import { frontmatterProblems } from './chapters/frontmatter.ts';
import { reportModulesPlugin } from './report/virtual-modules.ts';
import { REPORT_SITE_OPTIONS, reportSiteOptionsSchema, resolveReportPaths, type ReportSiteOptions } from './report/options.ts';
import { formatZodIssues, ReportInputError } from './data/errors.ts';
import { reportLanguages } from './report/report-schema.ts';
import { reportTitleIn, starlightLocales } from './report/locales.ts';
import { earlierEditions } from './editions/earlier-editions-integration.ts';
import { archivedEdition } from './editions/edition-build-settings.ts';

export type { ReportSiteOptions };

const engineFile = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The engine's pages in each of the report's languages (under /az/ for Azerbaijani):
 * the data catalogue and JSON downloads, the list of figures, each figure's page and images,
 * and the editions and corrections.
 */
const ROUTES_PER_LANGUAGE: ReadonlyArray<readonly [pattern: string, file: string]> = [
  ['/data/', './routes/data/index.astro'],
  ['/data/[id].json', './routes/data/[id].json.ts'],
  ['/data/[id]/', './routes/data/[id]/index.astro'],
  ['/figures/', './routes/figures/index.astro'],
  ['/figures/[id]/', './routes/figures/[id]/index.astro'],
  ['/figures/[id].png', './routes/figures/[id].png.ts'],
  ['/figures/[id].svg', './routes/figures/[id].svg.ts'],
  ['/editions/', './routes/editions.astro'],
];

/** Files that are the same in every language: the CSVs as committed, the archive, robots.txt and the 404 page. */
const ROUTES_ONCE: ReadonlyArray<readonly [pattern: string, file: string]> = [
  ['/data/[id].csv', './routes/data/[id].csv.ts'],
  ['/data/all-datasets.zip', './routes/data/all-datasets.zip.ts'],
  ['/data/datapackage.json', './routes/data/datapackage.json.ts'],
  ['/data/[id].csv-metadata.json', './routes/data/[id].csv-metadata.json.ts'],
  ['/data/catalog.jsonld', './routes/data/catalog.jsonld.ts'],
  ['/robots.txt', './routes/robots.txt.ts'],
  ['/404', './routes/404.astro'],
];

type OnLog = NonNullable<NonNullable<NonNullable<ViteUserConfig['build']>['rolldownOptions']>['onLog']>;

// Astro marks every MDX page with this directive and the bundler warns about it
// once per chapter (withastro/astro#18087); the warning is harmless and would hide
// the ones that matter.
const withoutHeadInjectWarnings: OnLog = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};

export function reportSite(userOptions: ReportSiteOptions = {}): AstroIntegration & { [REPORT_SITE_OPTIONS]: ReportSiteOptions } {
  const parsedOptions = reportSiteOptionsSchema.safeParse(userOptions);
  if (!parsedOptions.success) {
    throw new ReportInputError('The options of reportSite() in astro.config.mjs have problems', formatZodIssues(parsedOptions.error).map((issue) => `astro.config.mjs, reportSite(): ${issue}`));
  }
  const options = parsedOptions.data;
  // Set when a build uses the placeholder address: said once, at its end.
  let placeholderSite = false;

  return {
    name: 'report-site',
    // The commands (report-site check, pdf…) read these from the report's astro.config.mjs.
    [REPORT_SITE_OPTIONS]: userOptions,
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, injectRoute, addMiddleware, addWatchFile }) => {
        const paths = resolveReportPaths(options, fileURLToPath(config.root));
        const { report, glossary, files } = await importReportConfig(paths);
        // A build checks this before Astro's content layer reads the chapters, whose own message
        // for a bad title names no line; the dev server checks it on every page (see the middleware).
        const frontmatter = command === 'build' ? frontmatterProblems(paths) : [];
        if (frontmatter.length > 0) throw new ReportInputError(`The chapters' frontmatter has ${frontmatter.length} problem(s)`, frontmatter);
        // A change to the report config (or a file it imports) restarts the dev server, which reads it again.
        for (const file of files) addWatchFile(file);

        // The deployer's SITE_URL and BASE_PATH, unless the report's own config sets site or base.
        const deploy = deploySettings(process.env);
        const site = config.site ?? deploy.site;
        const base = config.base !== '/' ? config.base : deploy.base;

        // The report's own language at the root, each other language under /<lang>/.
        const languages = reportLanguages(report);
        // An earlier edition, built by the current one's build (REPORT_EARLIER_EDITIONS=on): that build
        // indexes, secures and link-checks the whole site, its earlier pages included.
        const archived = archivedEdition(process.env) !== undefined;
        const prefixes = ['', ...languages.slice(1).map((lang) => `/${lang}`)];
        const perLanguage = [...ROUTES_PER_LANGUAGE, ...(report.glossary ? [['/glossary/', './routes/glossary.astro'] as const] : [])];
        for (const prefix of prefixes) {
          for (const [pattern, file] of perLanguage) injectRoute({ pattern: `${prefix}${pattern}`, entrypoint: engineFile(file), prerender: true });
        }
        for (const [pattern, file] of ROUTES_ONCE) injectRoute({ pattern, entrypoint: engineFile(file), prerender: true });
        // Dev server: the report is checked before a page renders (see the middleware).
        addMiddleware({ entrypoint: engineFile('./site/middleware.ts'), order: 'pre' });

        // Each numbered chapter's number, counted once for the sidebar below.
        const sidebarNumbers = chapterNumbers(report.sidebar);
        updateConfig({
          site,
          base,
          // Pages are folders ("/chapter/"): links, the link check and the PDF rely on it.
          trailingSlash: 'always',
          // Two pages at a time: a figure's PNG is drawn off the main thread while the next page renders.
          build: { concurrency: 2 },
          // Chapter links such as "/chapter/" follow the base path.
          markdown: { processor: satteri({ hastPlugins: [basePathLinks(base), focusableTables(), mainPointsSection()] }) },
          vite: {
            plugins: [reportModulesPlugin(paths, report, glossary)],
            build: { rolldownOptions: { onLog: withoutHeadInjectWarnings } },
          },
          integrations: [
            // A build's heap grows by half at most before it is collected.
            buildMemory(),
            starlight({
              title: languages.length > 1 ? Object.fromEntries(languages.map((lang, index) => [index === 0 ? report.lang : lang, reportTitleIn(report, lang)])) : report.title,
              description: report.description,
              // The report's language at the root, each other under /<lang>/: <html lang>, the
              // language switcher, hreflang links and Starlight's interface texts follow them.
              locales: starlightLocales(report),
              // Sidebar links to the engine's pages point into the page's own language.
              routeMiddleware: engineFile('./site/localized-links.ts'),
              markdown: { processedDirs: [`./${paths.content}`] },
              customCss: [engineFile('./styles/figures.css'), engineFile('./styles/glossary.css'), engineFile('./styles/main-points.css'), engineFile('./styles/sidebar.css'), engineFile('./styles/print.css')],
              components: {
                MarkdownContent: engineFile('./components/overrides/MarkdownContent.astro'),
                Head: engineFile('./components/overrides/Head.astro'),
                PageTitle: engineFile('./components/overrides/PageTitle.astro'),
                // On an earlier edition's pages: which edition is current, and this page in it.
                Banner: engineFile('./components/overrides/Banner.astro'),
                // Search code loads when the reader opens search, not on idle.
                Search: engineFile('./components/overrides/Search.astro'),
              },
              // The reading order of the report. Each numbered chapter carries its number
              // (styles/sidebar.css writes it before the name), as its title and the PDF's contents do.
              sidebar: report.sidebar.map((entry) => {
                if (!('slug' in entry)) return entry;
                const number = sidebarNumbers.get(entry.slug);
                return { label: entry.label, slug: entry.slug, translations: entry.translations, ...(number === undefined ? {} : { attrs: { 'data-chapter-number': String(number) } }) };
              }),
              lastUpdated: false,
              pagination: true,
              // The search index is written by searchIndex() below, which leaves out pages
              // that are not searched (embed pages) instead of holding them all.
              pagefind: false,
              // The engine's own 404 page (routes/404.astro): a report has no "404" chapter.
              disable404Route: true,
            }),
            // dist/pagefind/: the search index of every page that marks a search body.
            ...(archived ? [] : [searchIndex()]),
            // dist/editions/<version>/: the earlier editions, with REPORT_EARLIER_EDITIONS=on.
            earlierEditions(paths.root, report.editions),
            // Dev server: an edited CSV reloads the page that shows it.
            reloadOnDataChange(paths.data),
            // dist/_headers: the Content-Security-Policy, with a hash for each inline script.
            ...(archived ? [] : [securityHeaders()]),
            // The whole report as dist/<slug>.pdf, and its size in the pages' download links.
            reportPdf(paths.root, userOptions),
            // Last, so it sees the finished site: a broken internal link stops the build.
            ...(archived ? [] : [linkCheck()]),
            // Only a build that passed every step replaces dist/.
            atomicDist(),
          ],
        });
        placeholderSite = command === 'build' && site === PLACEHOLDER_SITE && !archived;
      },
      // Said once, at the end of a build, when SITE_URL was not set.
      'astro:build:done': ({ logger }) => {
        if (placeholderSite) logger.warn(placeholderNotice());
      },
    },
  };
}

export default reportSite;
