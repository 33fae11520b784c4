/**
 * The site's registry: every dataset entry found beside its CSV in the
 * report's data folder, citing the bibliography of the report config; with
 * the glossary the chapters' terms name.
 */
import entryModules, { prefix } from 'virtual:report-site/entries';
import { createRegistry } from './registry.ts';
import { csvFilesIn, datasetsFromEntries } from './dataset-entries.ts';
import { createBibliography } from '../bibliography/bibliography.ts';
import { glossaryById } from '../glossary/glossary.ts';
import { glossary, paths, report } from '../report/report.ts';
import { reportLanguages } from '../report/report-schema.ts';

export const registry = createRegistry(
  datasetsFromEntries(csvFilesIn(paths.dataDir), (entryFile) => entryModules[`${prefix}${entryFile}`], paths.data),
  paths.dataDir,
  createBibliography(report.bibliography, paths.configFile),
  paths.root,
  glossaryById(glossary),
  reportLanguages(report).slice(1),
);
