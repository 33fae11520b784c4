/**
 * The options the report gives reportSite() in its astro.config.mjs, so the
 * commands find its chapters, datasets and config where the site does. The
 * config is loaded as Astro loads it, by a Vite module runner.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';
import { REPORT_SITE_OPTIONS } from '../report/options.ts';
import type { ReportSiteOptions } from '../report/options.ts';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js'];

export async function reportOptionsOf(root: string): Promise<ReportSiteOptions> {
  const file = CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => fs.existsSync(candidate));
  if (!file) return {};
  const { module } = await runnerImport<{ default?: { integrations?: unknown[] } }>(file, { root, configFile: false, logLevel: 'error', ssr: { noExternal: ['report-site'] } });
  const integration = (module.default?.integrations ?? []).flat().find((entry) => typeof entry === 'object' && entry !== null && REPORT_SITE_OPTIONS in entry);
  return integration ? ((integration as Record<symbol, ReportSiteOptions>)[REPORT_SITE_OPTIONS] ?? {}) : {};
}
