/**
 * What a dataset is: a CSV file in `data/` plus this typed entry. The row
 * schema is a zod object of cell schemas, so the TypeScript type of a row is
 * inferred from it and a chart spec that names a misspelt column fails to
 * type-check.
 */
import { z } from 'zod';

/** A schema that turns one CSV cell (text) into a typed value. */
export type CellSchema = z.ZodType<unknown, string>;
export type RowShape = Record<string, CellSchema>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The descriptive part of a dataset entry, checked when the registry loads. */
export const datasetMetaSchema = z.strictObject({
  id: z.string().regex(SLUG, 'use lower-case words joined by hyphens, e.g. "population-by-year"'),
  /** Path of the CSV below data/: "population/by-year.csv". */
  file: z.string().regex(/^(?:[a-z0-9][a-z0-9-]*\/)*[a-z0-9][a-z0-9-]*\.csv$/, 'name a .csv file below data/, e.g. "population/by-year.csv"'),
  title: z.string().min(1),
  unit: z.string().min(1),
  /** Citation key of the original source of the numbers. */
  source: z.string().min(1),
  /** Citation key of the report that reproduces them, where it is not the original. */
  via: z.string().min(1).optional(),
  /** Where in the source: "Table 5, p. 65". */
  locator: z.string().min(1),
  /** Estimates, ranges, definitions, known caveats. */
  notes: z.array(z.string().min(1)).default([]),
  /**
   * Corrections to the numbers, oldest first, each with the day it was made and what was wrong:
   * { date: '2027-01-15', note: 'The 2019 value was 2,1; the source says 2,2.' }. The edition that
   * publishes the latest one is the edition in which the dataset last changed.
   */
  corrections: z.array(z.strictObject({ date: z.iso.date(), note: z.string().min(1) })).default([]),
  /**
   * The version of the edition that added the dataset or last changed it other than by a correction
   * (new rows, a new column): the first edition when not given.
   */
  changedIn: z.string().min(1).optional(),
  /** The entry in the report's other languages, by language ("az"): see datasetTranslationSchema. */
  translations: z.record(z.string(), z.lazy(() => datasetTranslationSchema)).default({}),
});

/**
 * A dataset entry in another language. The CSV stays single: a text column's
 * values get labels here (every distinct value), unless the column quotes the
 * source as written (`verbatim`). Completeness against the columns and the CSV
 * is checked with the rows (translation-problems.ts).
 */
export const datasetTranslationSchema = z.strictObject({
  title: z.string().min(1),
  unit: z.string().min(1),
  /** Where in the source, in this language; the names of the source's sections stay as the source writes them. */
  locator: z.string().min(1).optional(),
  /** One per note of the entry, in the same order. */
  notes: z.array(z.string().min(1)).default([]),
  /** One per correction of the entry, in the same order: its note in this language. */
  corrections: z.array(z.string().min(1)).default([]),
  /** A header for every column. */
  columns: z.record(z.string(), z.string().min(1)),
  /** Labels of a text column's values, by column and by the value as the CSV writes it. */
  values: z.record(z.string(), z.record(z.string(), z.string().min(1))).default({}),
  /** Text columns shown as the source wrote them (quotations, locators). */
  verbatim: z.array(z.string()).default([]),
});

export type DatasetTranslation = z.output<typeof datasetTranslationSchema>;

export type DatasetMetaInput = z.input<typeof datasetMetaSchema>;
export type DatasetMeta = z.output<typeof datasetMetaSchema>;

/** Human-readable header for every column of the row schema. */
export type ColumnLabels<Shape extends RowShape> = { readonly [K in keyof Shape]: string };

export interface Dataset<Shape extends RowShape = RowShape> extends DatasetMeta {
  readonly row: z.ZodObject<Shape>;
  readonly columns: ColumnLabels<Shape>;
}

/** The typed row of a dataset, as chart specs receive it. */
export type RowOf<D extends Dataset> = z.output<D['row']>;

export interface DatasetDefinition<Shape extends RowShape> extends DatasetMetaInput {
  row: Shape;
  columns: ColumnLabels<Shape>;
}

export function defineDataset<Shape extends RowShape>(definition: DatasetDefinition<Shape>): Dataset<Shape> {
  const { row, columns, notes = [], corrections = [], translations = {}, ...meta } = definition;
  // The optional parts of each translation filled in, as for the entry's own notes (checked by the registry).
  const filled = Object.fromEntries(Object.entries(translations).map(([lang, translation]) => [lang, { notes: [], corrections: [], values: {}, verbatim: [], ...translation }])) as Dataset['translations'];
  return { ...meta, notes, corrections, translations: filled, row: z.strictObject(row), columns };
}
