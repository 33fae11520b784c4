/** Columns of the datasets that <ComparisonTable> reads: figures that sources give for the same thing. */
import { cell } from 'report-site/schema';

/** The row shape; `reports` are the citation keys the rows may name. */
export function comparisonRow<const Reports extends readonly [string, ...string[]]>(reports: Reports) {
  return {
    figure: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    population: cell.text(),
    reference_date: cell.textOrNull(),
    produced_by: cell.text(),
    source: cell.oneOf(reports),
    locator: cell.text(),
  };
}

export const comparisonColumns = {
  figure: 'Persons',
  qualifier: 'Qualifier in the report',
  population: 'Population covered',
  reference_date: 'Reference date',
  produced_by: 'Produced by',
  source: 'Report that gives it (citation key)',
  locator: 'Where in that report',
};

export const comparisonColumnsAz = {
  figure: 'Nəfər',
  qualifier: 'Hesabatdakı dəqiqləşdirici söz',
  population: 'Əhatə etdiyi əhali',
  reference_date: 'İstinad tarixi',
  produced_by: 'Kim hazırlayıb',
  source: 'Rəqəmi verən hesabat (istinad açarı)',
  locator: 'Hesabatın harasında',
};
