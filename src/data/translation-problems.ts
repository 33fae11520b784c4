/**
 * Whether a dataset entry is translated into every language the report
 * declares, and completely: a title, a unit, the locator, each note, each column header,
 * and a label for every value of a text column that is not quoted as written.
 * Messages name the entry, the language and what is missing.
 */
import type { Dataset } from '../schemas/dataset.ts';
import { textColumns, timelineCategoryColumns } from './dataset-text.ts';

/** Problems visible without the rows: languages, notes and column headers. */
export function translationEntryProblems(dataset: Dataset, languages: readonly string[], where: string): string[] {
  const problems: string[] = [];
  for (const lang of Object.keys(dataset.translations)) {
    if (!languages.includes(lang)) problems.push(`${where}: translations.${lang}: the report declares no language "${lang}"; its other languages are ${languages.length > 0 ? languages.map((l) => `"${l}"`).join(', ') : 'none'} (report.config.ts, translations)`);
  }
  const columns = Object.keys(dataset.row.shape);
  const texts = new Set(textColumns(dataset));
  for (const lang of languages) {
    const translation = dataset.translations[lang];
    if (!translation) {
      problems.push(`${where}: no translations.${lang}; the report is also published in "${lang}", so the entry needs its title, unit, notes and column headers in it`);
      continue;
    }
    if (!translation.locator) problems.push(`${where}: translations.${lang} has no locator; say where in the source the numbers are, in "${lang}" (the names of the source's sections stay as the source writes them)`);
    if (translation.notes.length !== dataset.notes.length) problems.push(`${where}: translations.${lang}.notes has ${translation.notes.length} note(s), the entry ${dataset.notes.length}; translate each note, in the same order`);
    if (translation.corrections.length !== dataset.corrections.length) problems.push(`${where}: translations.${lang}.corrections has ${translation.corrections.length} note(s), the entry ${dataset.corrections.length} correction(s); translate each correction's note, in the same order`);
    for (const column of columns) if (!translation.columns[column]) problems.push(`${where}: translations.${lang}.columns has no header for column "${column}"`);
    for (const column of Object.keys(translation.columns)) if (!columns.includes(column)) problems.push(`${where}: translations.${lang}.columns names "${column}", which is not a column of the dataset (${columns.join(', ')})`);
    for (const column of [...Object.keys(translation.values), ...translation.verbatim]) {
      if (!texts.has(column)) problems.push(`${where}: translations.${lang} names "${column}" in values or verbatim, but it is not a text column of the dataset (${[...texts].join(', ') || 'none'})`);
    }
  }
  return problems;
}

/** Problems with the values: each value of a translated text column needs a label, and no label may name a value the CSV lacks. */
export function translationValueProblems(dataset: Dataset, rows: readonly Record<string, unknown>[], languages: readonly string[], file: string): string[] {
  const problems: string[] = [];
  const categories = timelineCategoryColumns(dataset);
  for (const lang of languages) {
    const translation = dataset.translations[lang];
    if (!translation) continue;
    for (const column of textColumns(dataset)) {
      if (categories.has(column) || translation.verbatim.includes(column)) continue;
      const labels = translation.values[column] ?? {};
      const values = [...new Set(rows.map((row) => row[column]).filter((value): value is string => typeof value === 'string' && value !== ''))];
      const missing = values.filter((value) => !(value in labels));
      if (missing.length > 0) {
        problems.push(`${file}, column "${column}": ${missing.length} value(s) have no ${lang} label in translations.${lang}.values.${column}: ${missing.slice(0, 5).map((value) => `"${value}"`).join(', ')}${missing.length > 5 ? ', …' : ''}; add them, or list the column in translations.${lang}.verbatim if it quotes the source as written`);
      }
      const stale = Object.keys(labels).filter((value) => !values.includes(value));
      if (stale.length > 0) problems.push(`${file}, column "${column}": translations.${lang}.values.${column} labels ${stale.map((value) => `"${value}"`).join(', ')}, which the CSV does not have`);
    }
  }
  return problems;
}
