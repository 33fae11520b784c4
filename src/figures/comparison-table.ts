/**
 * A comparison table: figures that sources give for the same thing, side by
 * side with what each covers, its date, who produced it, the report that gives
 * it and its qualifier, in date order. Every chapter shows such conflicts the
 * same way, from a dataset with these columns:
 *
 *   figure          the number, as published (numeric)
 *   qualifier       the source's hedge ("approximately", "up to"), or "-"
 *   population      who or what the figure covers
 *   reference_date  the date it refers to, as the source gives it ("1994",
 *                   "February 2008", "mid-1990s"), or "-" when it gives none
 *   produced_by     who produced the figure, as the report says
 *   source          the citation key of the report that gives it
 *   locator         where in that report
 *
 *   <ComparisonTable id="conflict-totals" dataset="conflicting-totals" />
 *
 * The table's anchor is #table-<id>.
 */
import type { Dataset } from '../schemas/dataset.ts';
import type { Bibliography } from '../bibliography/bibliography.ts';
import { shortCitation } from '../bibliography/bibliography.ts';
import { columnKind, isNumericColumn } from '../schemas/cells.ts';
import { datasetText } from '../data/dataset-text.ts';
import { formatNumber } from '../i18n/format.ts';
import { t, type Lang } from '../i18n/index.ts';

/** The table's #anchor on the page: "table-conflict-totals", as figures have "fig-…". */
export const comparisonTableAnchor = (id: string) => `table-${id}`;

export const COMPARISON_TABLE_ATTRIBUTES = ['id', 'dataset'] as const;

export type ComparisonTableProps = { id: string; dataset: string };

/** The columns a comparison dataset has, in the order the table shows them (locator goes with source). */
export const COMPARISON_COLUMNS = ['figure', 'qualifier', 'population', 'reference_date', 'produced_by', 'source', 'locator'] as const;

type ComparisonRow = {
  figure: number;
  qualifier: string | null;
  population: string;
  reference_date: string | null;
  produced_by: string;
  source: string;
  locator: string;
};

export interface ComparisonTableModel {
  id: string;
  caption: string;
  headers: { figure: string; qualifier: string; population: string; date: string; producedBy: string; givenIn: string };
  rows: {
    figure: string;
    qualifier: string;
    population: string;
    date: string;
    producedBy: string;
    /** The report's short citation, linked to the chapter's references. */
    givenIn: { text: string; href: string };
  }[];
}

/** What is wrong with a dataset as a comparison table's input: missing or mistyped columns. */
export function comparisonDatasetProblems(dataset: Dataset): string[] {
  const shape = dataset.row.shape;
  const problems: string[] = [];
  for (const column of COMPARISON_COLUMNS) {
    const schema = shape[column];
    if (!schema) problems.push(`dataset "${dataset.id}" has no column "${column}"; a comparison table reads ${COMPARISON_COLUMNS.join(', ')}`);
    else if (column === 'figure' && !isNumericColumn(schema)) problems.push(`column "figure" of dataset "${dataset.id}" must be numeric`);
    else if (column !== 'figure' && columnKind(schema)?.kind !== 'text' && columnKind(schema)?.kind !== 'oneOf') problems.push(`column "${column}" of dataset "${dataset.id}" must be text`);
  }
  return problems;
}

/** Citation keys in the rows' source column that the bibliography does not have. */
export function unknownReportKeys(rows: readonly Record<string, unknown>[], bibliography: Bibliography): string[] {
  return [...new Set(rows.map((row) => String(row.source)))].filter((key) => !bibliography.has(key));
}

/** The year a reference date starts with, for ordering: "mid-1990s" -> 1990; none -> undefined. */
export function yearOf(date: string | null): number | undefined {
  const match = date === null ? null : /\d{4}/.exec(date);
  return match ? Number(match[0]) : undefined;
}

/** Rows in date order, earliest first; undated rows last; equal dates keep the dataset's order. */
export function inDateOrder<Row extends { reference_date: string | null }>(rows: readonly Row[]): Row[] {
  const key = (row: Row) => yearOf(row.reference_date) ?? Number.POSITIVE_INFINITY;
  return rows.map((row, index) => ({ row, index })).sort((a, b) => key(a.row) - key(b.row) || a.index - b.index).map(({ row }) => row);
}

export function buildComparisonTable(
  props: ComparisonTableProps,
  dataset: Dataset,
  rows: readonly Record<string, unknown>[],
  bibliography: Bibliography,
  lang: Lang,
): ComparisonTableModel {
  const text = datasetText(dataset, lang);
  const label = (column: string, value: string | null) => (value === null ? '' : String(text.valueLabel(column, value)));
  return {
    id: comparisonTableAnchor(props.id),
    caption: text.title,
    headers: {
      figure: t(lang, 'comparison.figure'),
      qualifier: t(lang, 'comparison.qualifier'),
      population: t(lang, 'comparison.population'),
      date: t(lang, 'comparison.date'),
      producedBy: t(lang, 'comparison.producedBy'),
      givenIn: t(lang, 'comparison.givenIn'),
    },
    rows: inDateOrder(rows as unknown as ComparisonRow[]).map((row) => {
      const source = bibliography.get(row.source);
      return {
        figure: formatNumber(row.figure, lang),
        qualifier: label('qualifier', row.qualifier),
        population: label('population', row.population),
        date: row.reference_date === null ? t(lang, 'comparison.undated') : label('reference_date', row.reference_date),
        producedBy: label('produced_by', row.produced_by),
        givenIn: { text: source ? shortCitation(source, label('locator', row.locator)) : row.source, href: `#ref-${row.source}` },
      };
    }),
  };
}
