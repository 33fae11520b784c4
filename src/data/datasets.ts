/**
 * The site's registry: every dataset entry found beside its CSV in the
 * project's data/ folder (Vite resolves "/data/" from the project root),
 * citing the bibliography of the report config.
 */
import path from 'node:path';
import { createRegistry } from './registry.ts';
import { csvFilesIn, datasetsFromEntries } from './dataset-entries.ts';
import { createBibliography } from '../bibliography/bibliography.ts';
import { configFile, report } from '../report/report.ts';

const dataDir = path.resolve(process.cwd(), 'data');
const modules = import.meta.glob<Record<string, unknown>>('/data/**/*.ts', { eager: true });

export const registry = createRegistry(
  datasetsFromEntries(csvFilesIn(dataDir), (entryFile) => modules[`/data/${entryFile}`], 'data'),
  dataDir,
  createBibliography(report.bibliography, configFile),
);
