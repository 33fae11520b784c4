/**
 * Datasets are discovered, not listed: every CSV in data/ has its typed entry
 * beside it under the same name (flows.csv + flows.ts), and the entry module
 * exports the dataset made with defineDataset. Other .ts files in data/
 * (shared row schemas, custom chart specs) are not entries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Dataset } from '../schemas/dataset.ts';
import { ReportInputError } from './errors.ts';

/** CSV files below dataDir, as sorted "topic/name.csv" paths. */
export function csvFilesIn(dataDir: string): string[] {
  if (!fs.existsSync(dataDir)) return [];
  return fs
    .readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.csv'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** "legal/permits.csv" -> "legal/permits.ts": where its entry must be. */
export function entryFileOf(csvFile: string): string {
  return csvFile.replace(/\.csv$/, '.ts');
}

function isDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Dataset>;
  return typeof candidate.id === 'string' && typeof candidate.file === 'string' && candidate.row instanceof z.ZodObject;
}

/**
 * The datasets exported by the entry modules of the CSVs in dataDir.
 * `moduleOf` gives the module of an entry file ("legal/permits.ts"), or
 * undefined when there is none. `shown` is the folder as messages name it.
 */
export function datasetsFromEntries(csvFiles: readonly string[], moduleOf: (entryFile: string) => Record<string, unknown> | undefined, shown: string): Dataset[] {
  const problems: string[] = [];
  const datasets: Dataset[] = [];
  const seen = new Set<unknown>();
  for (const csvFile of csvFiles) {
    const entryFile = entryFileOf(csvFile);
    const module = moduleOf(entryFile);
    if (!module) {
      problems.push(`${shown}/${csvFile}: no dataset entry beside it; add ${shown}/${entryFile} exporting defineDataset({ file: '${csvFile}', … })`);
      continue;
    }
    const found = Object.values(module).filter(isDataset);
    if (found.length === 0) problems.push(`${shown}/${entryFile}: exports no dataset; export the result of defineDataset({ … })`);
    for (const dataset of found) {
      if (seen.has(dataset)) continue;
      seen.add(dataset);
      datasets.push(dataset);
    }
  }
  if (problems.length > 0) throw new ReportInputError(`The datasets in ${shown}/ have problems`, problems);
  return datasets;
}

/**
 * Outside Vite (the commands, run by Node): finds and imports the entries from
 * disk (a path known only at run time, hence @vite-ignore). `shown` names the
 * folder in messages ("data").
 */
export async function importDatasets(dataDir: string, shown: string): Promise<Dataset[]> {
  const csvFiles = csvFilesIn(dataDir);
  const modules = new Map<string, Record<string, unknown>>();
  for (const csvFile of csvFiles) {
    const entryPath = path.join(dataDir, entryFileOf(csvFile));
    if (fs.existsSync(entryPath)) modules.set(entryFileOf(csvFile), (await import(/* @vite-ignore */ pathToFileURL(entryPath).href)) as Record<string, unknown>);
  }
  return datasetsFromEntries(csvFiles, (file) => modules.get(file), shown);
}
