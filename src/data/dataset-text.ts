/**
 * A dataset's words in one language: its title, unit, notes, column headers
 * and the labels of its text values. The report's own language reads the
 * entry; another reads the entry's `translations` for it. The numbers never
 * change with the language: only these words do.
 */
import type { Dataset } from '../schemas/dataset.ts';
import { isDateColumn, isNumericColumn } from '../schemas/cells.ts';
import { TIMELINE_CATEGORIES, timelineRow } from '../schemas/timeline.ts';
import { t, type Lang } from '../i18n/index.ts';

export interface DatasetText {
  title: string;
  unit: string;
  locator: string;
  notes: readonly string[];
  /** The corrections' notes, each with its date as the entry gives it. */
  corrections: readonly { date: string; note: string }[];
  columns: Readonly<Record<string, string>>;
  /** The label of a cell's value in this language (the value itself where it has none). */
  valueLabel(column: string, value: unknown): unknown;
}

/**
 * The entry's words in `lang`: its translation into that language, else the
 * entry itself (written in the report's own language; the registry checks
 * that every other language of the report has a translation).
 */
export function datasetText(dataset: Dataset, lang: Lang): DatasetText {
  const translation = dataset.translations[lang];
  const categoryColumns = timelineCategoryColumns(dataset);
  if (!translation) {
    return { title: dataset.title, unit: dataset.unit, locator: dataset.locator, notes: dataset.notes, corrections: dataset.corrections, columns: dataset.columns, valueLabel: (column, value) => (categoryColumns.has(column) && typeof value === 'string' ? categoryLabel(lang, value) : value) };
  }
  return {
    title: translation.title,
    unit: translation.unit,
    locator: translation.locator ?? dataset.locator,
    notes: translation.notes,
    corrections: dataset.corrections.map((correction, index) => ({ date: correction.date, note: translation.corrections[index] ?? correction.note })),
    columns: { ...dataset.columns, ...translation.columns },
    valueLabel(column, value) {
      if (typeof value !== 'string') return value;
      if (categoryColumns.has(column)) return categoryLabel(lang, value);
      return translation.values[column]?.[value] ?? value;
    },
  };
}

/** The rows with their text values in `lang`, for the chart and the table. */
export function rowsIn<Row extends object>(rows: readonly Row[], text: DatasetText): Row[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, text.valueLabel(column, value)])) as Row);
}

/** Columns whose values are words a reader sees (not numbers, years or dates). */
export function textColumns(dataset: Dataset): string[] {
  return Object.entries(dataset.row.shape)
    .filter(([, schema]) => !isNumericColumn(schema) && !isDateColumn(schema))
    .map(([column]) => column);
}

/** Timeline kinds of event ("law", "decree"…) are the engine's words: its dictionaries name them. */
export function timelineCategoryColumns(dataset: Dataset): Set<string> {
  return new Set(Object.entries(dataset.row.shape).filter(([, schema]) => schema === timelineRow.category).map(([column]) => column));
}

function categoryLabel(lang: Lang, value: string): string {
  return (TIMELINE_CATEGORIES as readonly string[]).includes(value) ? t(lang, `timeline.kind.${value as (typeof TIMELINE_CATEGORIES)[number]}`) : value;
}
