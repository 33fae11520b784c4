/**
 * The report config, read by the integration. It is TypeScript and imports the
 * engine (TypeScript too, also from node_modules, where Node will not strip
 * types), so it is loaded by a Vite module runner of its own, as Astro loads
 * astro.config.mjs. The engine is processed by the runner; everything else
 * loads as usual.
 */
import { runnerImport } from 'vite';
import { loadReportConfig } from './load-report-config.ts';
import type { ReportPaths } from './options.ts';
import type { ReportConfig } from './report-schema.ts';
import { loadGlossary } from '../glossary/glossary.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

/** The checked report config and glossary, and every file they were read from (the dev server watches them). */
export async function importReportConfig(paths: ReportPaths): Promise<{ report: ReportConfig; glossary: GlossaryTerm[]; files: string[] }> {
  const files: string[] = [];
  const importModule = async (file: string) => {
    const { module, dependencies } = await runnerImport<{ default?: unknown }>(file, {
      root: paths.root,
      configFile: false,
      logLevel: 'error',
      ssr: { noExternal: ['report-site'] },
    });
    files.push(file, ...dependencies.filter((dependency) => !dependency.includes('/node_modules/')));
    return module;
  };
  const report = await loadReportConfig(paths, importModule);
  const { terms } = await loadGlossary(report, paths, importModule);
  return { report, glossary: terms, files: [...new Set([paths.configPath, ...files])] };
}
