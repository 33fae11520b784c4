/**
 * Outside Vite (the commands: report-site check, check:data, pdf): the report
 * config, the dataset registry and the glossary, read from disk.
 */
import { createBibliography } from '../bibliography/bibliography.ts';
import { importDatasets } from '../data/dataset-entries.ts';
import { createRegistry, type Registry } from '../data/registry.ts';
import { loadReportConfig } from './load-report-config.ts';
import { glossaryById, loadGlossary } from '../glossary/glossary.ts';
import { reportSiteOptionsSchema, resolveReportPaths, type ReportPaths, type ReportSiteOptions } from './options.ts';
import { reportLanguages, type ReportConfig } from './report-schema.ts';

export interface Project {
  report: ReportConfig;
  registry: Registry;
  paths: ReportPaths;
}

/** The report in `root`, with the folders the integration would use for the same options. */
export async function loadProject(root: string, options: ReportSiteOptions = {}): Promise<Project> {
  const paths = resolveReportPaths(reportSiteOptionsSchema.parse(options), root);
  const report = await loadReportConfig(paths);
  const { terms } = await loadGlossary(report, paths);
  const registry = createRegistry(await importDatasets(paths.dataDir, paths.data), paths.dataDir, createBibliography(report.bibliography, paths.configFile), root, glossaryById(terms), reportLanguages(report).slice(1));
  return { report, registry, paths };
}
