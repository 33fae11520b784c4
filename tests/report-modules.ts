/** The engine's modules read a report through the integration's virtual modules: the tests hand them a report the same way. */
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadReportConfig } from '../src/report/load-report-config.ts';
import { reportSiteOptionsSchema, resolveReportPaths } from '../src/report/options.ts';
import { reportModulesPlugin } from '../src/report/virtual-modules.ts';
import { loadGlossary } from '../src/glossary/glossary.ts';

export async function reportModules(folder: string): Promise<Plugin> {
  const paths = resolveReportPaths(reportSiteOptionsSchema.parse({}), path.resolve(folder));
  const report = await loadReportConfig(paths);
  return reportModulesPlugin(paths, report, (await loadGlossary(report, paths)).terms);
}
