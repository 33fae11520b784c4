/**
 * Outside Vite (the Node scripts: npm run check, check:data): the report
 * config and the dataset registry, read from disk.
 */
import path from 'node:path';
import { createBibliography } from '../bibliography/bibliography.ts';
import { importDatasets } from '../data/dataset-entries.ts';
import { createRegistry, type Registry } from '../data/registry.ts';
import { loadReportConfig } from './load-report-config.ts';
import type { ReportConfig } from './report-schema.ts';

export const CONFIG_FILE = 'content/report.config.ts';

export async function loadProject(root = process.cwd()): Promise<{ report: ReportConfig; registry: Registry }> {
  const report = await loadReportConfig(CONFIG_FILE, root);
  const dataDir = path.resolve(root, 'data');
  const registry = createRegistry(await importDatasets(dataDir), dataDir, createBibliography(report.bibliography, CONFIG_FILE));
  return { report, registry };
}
