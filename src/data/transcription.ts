/**
 * The transcription check: every number in data/ should appear in the text of
 * the report it is cited to. Numbers are compared by value, so "1,287",
 * "1 287", "1.287" and "1287" all match 1287, and "38,2" matches 38.2.
 * A number that cannot be found must be explained in the dataset's notes.
 */
import type { Registry } from './registry.ts';
import { isNumericColumn, isYearColumn } from '../schemas/cells.ts';


/** Every number written in a text, in all the ways its digits can be read. */
export function numbersInText(text: string): Set<number> {
  const found = new Set<number>();
  const add = (value: number) => {
    if (Number.isFinite(value)) found.add(value);
  };
  for (const [token] of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token)) add(Number(token.replaceAll(',', '')));
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(token)) add(Number(token.replaceAll('.', '').replace(',', '.')));
    if (/^\d+,\d+$/.test(token)) add(Number(token.replace(',', '.')));
    if (/^\d+(?:\.\d+)?$/.test(token)) add(Number(token));
  }
  // Thousands separated by a space: "1 287", "452 475".
  for (const [token] of text.matchAll(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])/g)) add(Number(token.replace(/\D/g, '')));
  return found;
}

export interface Unfound {
  dataset: string;
  file: string;
  /** Line in the CSV (header is line 1). */
  line: number;
  column: string;
  value: number;
  /** Where it was looked for. */
  searched: string;
  /** The dataset's notes mention this number. */
  explained: boolean;
}

/**
 * Looks up every numeric cell (years excepted) in the text of its report.
 * `reportTextFiles` names the text files of each report by citation key;
 * `readReport` returns the text of one of them.
 */
export function checkTranscription(registry: Registry, reportTextFiles: Readonly<Record<string, readonly string[]>>, readReport: (file: string) => string): { checked: number; unfound: Unfound[] } {
  const textCache = new Map<string, Set<number>>();
  const numbersOf = (key: string) => {
    let numbers = textCache.get(key);
    if (!numbers) {
      const files = reportTextFiles[key] ?? [];
      numbers = numbersInText(files.map(readReport).join('\n'));
      textCache.set(key, numbers);
    }
    return numbers;
  };
  let checked = 0;
  const unfound: Unfound[] = [];
  for (const dataset of registry.datasets.values()) {
    const reportKey = [dataset.via, dataset.source].find((key) => key !== undefined && key in reportTextFiles);
    const { rows, file } = registry.load(dataset);
    const explainedNumbers = numbersInText(dataset.notes.join('\n'));
    const columns = Object.entries(dataset.row.shape)
      .filter(([, schema]) => isNumericColumn(schema) && !isYearColumn(schema))
      .map(([name]) => name);
    rows.forEach((row, index) => {
      for (const column of columns) {
        const value = (row as Record<string, unknown>)[column];
        if (typeof value !== 'number') continue;
        checked += 1;
        const magnitude = Math.abs(value);
        const rowKey = rowReport(row as Record<string, unknown>, reportTextFiles) ?? reportKey;
        if (rowKey && numbersOf(rowKey).has(magnitude)) continue;
        unfound.push({
          dataset: dataset.id,
          file,
          line: index + 2,
          column,
          value,
          searched: rowKey ? (reportTextFiles[rowKey] ?? []).join(', ') : 'no report text: the dataset cites none of the reports whose texts the config names',
          explained: explainedNumbers.has(magnitude),
        });
      }
    });
  }
  return { checked, unfound };
}

/**
 * The report a row names itself, when its rows come from several (a comparison table's
 * `source` column, a `reported_in` column): its number is looked up in that report.
 */
function rowReport(row: Record<string, unknown>, reportTextFiles: Readonly<Record<string, readonly string[]>>): string | undefined {
  return [row.source, row.reported_in].find((key): key is string => typeof key === 'string' && key in reportTextFiles);
}
