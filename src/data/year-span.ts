/**
 * The years a dataset's rows cover, read from its year columns: the earliest and the
 * latest year in them. Metadata (schema.org temporalCoverage, DCAT dct:temporal) states
 * it from the data itself; a dataset with no year column states none.
 */
import { isYearColumn } from '../schemas/cells.ts';
import type { Dataset } from '../schemas/dataset.ts';

export interface YearSpan {
  from: number;
  to: number;
}

export function yearSpan(dataset: Pick<Dataset, 'row'>, rows: readonly object[]): YearSpan | undefined {
  const columns = Object.entries(dataset.row.shape)
    .filter(([, schema]) => isYearColumn(schema))
    .map(([name]) => name);
  const years = rows.flatMap((row) => columns.map((column) => (row as Record<string, unknown>)[column])).filter((value): value is number => typeof value === 'number');
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** As ISO 8601 writes a period of years: "2010", or "1990/2010". */
export const isoYears = ({ from, to }: YearSpan): string => (from === to ? String(from) : `${from}/${to}`);
