/**
 * The Vite plugin that hands the report to the engine's modules, so no engine
 * file imports a report by path:
 *   virtual:report-site/project   the checked report config and glossary, and where its folders are
 *   virtual:report-site/entries   every .ts module below the data folder (dataset entries)
 *   virtual:report-site/charts    every custom chart (*.chart.ts) below the data folder
 * Used by the integration (the site) and by the tests (vitest.config.ts).
 */
import type { Plugin } from 'vite';
import type { ReportConfig } from './report-schema.ts';
import type { ReportPaths } from './options.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

const MODULES = {
  project: 'virtual:report-site/project',
  entries: 'virtual:report-site/entries',
  charts: 'virtual:report-site/charts',
} as const;

export function reportModulesPlugin(paths: ReportPaths, report: ReportConfig, glossary: readonly GlossaryTerm[] = []): Plugin {
  const sources: Record<string, string> = {
    [MODULES.project]: `export const paths = ${JSON.stringify(paths)};\nexport const report = ${JSON.stringify(report)};\nexport const glossary = ${JSON.stringify(glossary)};\n`,
    // Globs starting with "/" are read from the project root, which is the report's.
    [MODULES.entries]: `export const prefix = ${JSON.stringify(`/${paths.data}/`)};\nexport default import.meta.glob(${JSON.stringify(`/${paths.data}/**/*.ts`)}, { eager: true });\n`,
    [MODULES.charts]: `export const prefix = "/";\nexport default import.meta.glob(${JSON.stringify(`/${paths.data}/**/*.chart.ts`)}, { eager: true });\n`,
  };
  return {
    name: 'report-site:modules',
    resolveId: (id) => (id in sources ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? sources[id.slice(1)] : undefined),
  };
}
