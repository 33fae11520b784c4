/**
 * The dataset registry: every dataset entry found in data/, checked once
 * (metadata, unique ids, citation keys, CSV file present), with rows loaded
 * and validated on first use.
 */
import { unknownDatasetSections } from '../bibliography/locator-sections.ts';
import fs from 'node:fs';
import path from 'node:path';
import { datasetMetaSchema, type Dataset, type RowOf } from '../schemas/dataset.ts';
import type { Bibliography } from '../bibliography/bibliography.ts';
import type { Glossary } from '../glossary/glossary.ts';
import { formatZodIssues, ReportInputError } from './errors.ts';
import { parseCsv } from './parse-csv.ts';
import { validateRows } from './validate-rows.ts';
import { didYouMean } from '../chapters/closest-name.ts';
import { translationEntryProblems, translationValueProblems } from './translation-problems.ts';

export interface LoadedDataset<D extends Dataset = Dataset> {
  dataset: D;
  rows: RowOf<D>[];
  /** The CSV exactly as committed: what the download link serves. */
  csvText: string;
  /** Path shown in messages, relative to the project: "data/population/by-year.csv". */
  file: string;
}

export interface Registry {
  readonly dataDir: string;
  readonly datasets: ReadonlyMap<string, Dataset>;
  /** The sources that datasets and chapters cite. */
  readonly bibliography: Bibliography;
  /** The glossary's terms by id, which <Term> in the chapters name. */
  readonly glossary: Glossary;
  /** The report's other languages ("az"), whose words every entry gives. */
  readonly languages: readonly string[];
  /** The dataset with this id, or an error that names where it was asked for. */
  get(id: string, usedAt: string): Dataset;
  load<D extends Dataset>(dataset: D): LoadedDataset<D>;
}

/**
 * `root` is the project folder: messages name files relative to it. `languages`
 * are the report's other languages, which each entry must be translated into.
 */
export function createRegistry(entries: readonly Dataset[], dataDir: string, bibliography: Bibliography, root: string, glossary: Glossary = new Map(), languages: readonly string[] = []): Registry {
  const datasets = checkEntries(entries, dataDir, bibliography, root, languages);
  // Keyed by file modification time so the dev server sees an edited CSV.
  const cache = new Map<string, { mtimeMs: number; loaded: LoadedDataset }>();

  return {
    dataDir,
    datasets,
    bibliography,
    glossary,
    languages,
    get(id, usedAt) {
      const dataset = datasets.get(id);
      if (!dataset) {
        throw new ReportInputError(`Unknown dataset "${id}"`, [
          `${usedAt}: no dataset "${id}" in data/; ${didYouMean(id, datasets.keys(), 'datasets')}`,
        ]);
      }
      return dataset;
    },
    load<D extends Dataset>(dataset: D): LoadedDataset<D> {
      const absolute = path.join(dataDir, dataset.file);
      const { mtimeMs } = fs.statSync(absolute);
      const cached = cache.get(dataset.id);
      if (cached && cached.mtimeMs === mtimeMs) return cached.loaded as LoadedDataset<D>;
      const file = displayPath(root, dataDir, dataset.file);
      const csvText = fs.readFileSync(absolute, 'utf8');
      const rows = validateRows(dataset, parseCsv(csvText, file), file);
      const untranslated = translationValueProblems(dataset, rows as Record<string, unknown>[], languages, file);
      if (untranslated.length > 0) throw new ReportInputError(`The translations of dataset "${dataset.id}" miss values`, untranslated);
      const loaded: LoadedDataset<D> = { dataset, rows, csvText, file };
      cache.set(dataset.id, { mtimeMs, loaded });
      return loaded;
    },
  };
}

function displayPath(root: string, dataDir: string, file: string): string {
  return path.relative(root, path.join(dataDir, file)).split(path.sep).join('/') || file;
}

function checkEntries(entries: readonly Dataset[], dataDir: string, bibliography: Bibliography, root: string, languages: readonly string[]): ReadonlyMap<string, Dataset> {
  const problems: string[] = [];
  const byId = new Map<string, Dataset>();
  for (const entry of entries) {
    const { row: _row, columns, ...meta } = entry;
    const where = `dataset "${entry.id}" (${displayPath(root, dataDir, entry.file ?? '?')})`;
    const parsed = datasetMetaSchema.safeParse(meta);
    if (!parsed.success) {
      problems.push(...formatZodIssues(parsed.error).map((issue) => `${where}: ${issue}`));
      continue;
    }
    const previous = byId.get(entry.id);
    if (previous) {
      problems.push(`${where}: the id "${entry.id}" is already used by the dataset for ${previous.file}; give each dataset its own id`);
      continue;
    }
    for (const key of [entry.source, entry.via]) {
      if (key !== undefined && !bibliography.has(key)) {
        problems.push(`${where}: citation key "${key}" is not in the bibliography; ${didYouMean(key, bibliography.keys(), 'citation keys')}`);
      }
    }
    problems.push(...unknownDatasetSections(entry.locator, bibliography.values()).map((problem) => `${where}: locator: ${problem}`));
    for (const column of Object.keys(entry.row.shape)) {
      if (!columns[column]?.trim()) problems.push(`${where}: column "${column}" needs a label in "columns"`);
    }
    problems.push(...translationEntryProblems({ ...entry, ...parsed.data }, languages, where));
    if (!fs.existsSync(path.join(dataDir, entry.file))) {
      problems.push(`${where}: the CSV file ${displayPath(root, dataDir, entry.file)} does not exist`);
    }
    byId.set(entry.id, entry);
  }
  const used = new Set(entries.map((entry) => entry.file));
  if (fs.existsSync(dataDir)) {
    const csvFiles = fs.readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.csv'));
    for (const file of csvFiles.map((name) => name.split(path.sep).join('/')).sort()) {
      if (!used.has(file)) problems.push(`${displayPath(root, dataDir, file)}: no dataset entry uses this file`);
    }
  }
  if (problems.length > 0) throw new ReportInputError('The datasets in data/ have problems', problems);
  return byId;
}
