/** The comparison table: its dataset's columns checked, its rows in date order, its words in each language. */
import { describe, expect, it } from 'vitest';
import { defineDataset } from '../../src/schemas/dataset.ts';
import * as cell from '../../src/schemas/cells.ts';
import { createBibliography } from '../../src/bibliography/bibliography.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { buildComparisonTable, comparisonDatasetProblems, inDateOrder, unknownReportKeys, yearOf } from '../../src/figures/comparison-table.ts';

const bibliography = createBibliography(
  [
    sourceSchema.parse({ key: 'smith-2016', kind: 'report', author: 'Smith, A.', shortAuthor: 'Smith', year: '2016', title: 'A report' }),
    sourceSchema.parse({ key: 'jones-2013', kind: 'report', author: 'Jones, B.', shortAuthor: 'Jones', year: '2013', title: 'Another report' }),
  ],
  'report.config.ts',
);

const columns = { figure: 'Persons', qualifier: 'Qualifier', population: 'Population', reference_date: 'Date', produced_by: 'By', source: 'Report', locator: 'Where' };
const dataset = defineDataset({
  id: 'totals',
  file: 'totals.csv',
  title: 'Totals of displaced people',
  unit: 'persons',
  source: 'smith-2016',
  locator: 'p. 1',
  row: {
    figure: cell.number(),
    qualifier: cell.textOrNull(),
    population: cell.text(),
    reference_date: cell.textOrNull(),
    produced_by: cell.text(),
    source: cell.text(),
    locator: cell.text(),
  },
  columns,
  translations: {
    az: {
      title: 'Didərgin düşmüş insanların sayları',
      unit: 'nəfər',
      columns,
      values: { qualifier: { nearly: '…-ə yaxın' }, population: { Refugees: 'Qaçqınlar', IDPs: 'Məcburi köçkünlər' }, reference_date: { 'February 2008': 'fevral 2008', 'mid-1990s': '1990-cı illərin ortası' }, produced_by: { Ministry: 'Nazirlik' } },
      verbatim: ['source', 'locator'],
    },
  },
});

const rows = [
  { figure: 1500000, qualifier: 'nearly', population: 'Refugees', reference_date: null, produced_by: 'Ministry', source: 'smith-2016', locator: 'p. 4' },
  { figure: 989586, qualifier: null, population: 'IDPs', reference_date: 'February 2008', produced_by: 'Ministry', source: 'smith-2016', locator: 'p. 3' },
  { figure: 750000, qualifier: null, population: 'Refugees', reference_date: 'mid-1990s', produced_by: 'Ministry', source: 'jones-2013', locator: 'p. 2' },
];

describe('the order of a comparison table', () => {
  it('reads the year a reference date starts with', () => {
    expect([yearOf('1994'), yearOf('February 2008'), yearOf('mid-1990s'), yearOf(null)]).toEqual([1994, 2008, 1990, undefined]);
  });

  it('puts rows in date order, undated rows last, and keeps the order of equal dates', () => {
    const dated = (reference_date: string | null, name: string) => ({ reference_date, name });
    expect(inDateOrder([dated(null, 'a'), dated('2008', 'b'), dated('1994', 'c'), dated('2008-02', 'd'), dated(null, 'e')]).map((row) => row.name)).toEqual(['c', 'b', 'd', 'a', 'e']);
  });
});

describe('buildComparisonTable', () => {
  it('gives each row its figure, qualifier, population, date, producer and report, in date order', () => {
    const table = buildComparisonTable({ id: 'totals', dataset: 'totals' }, dataset, rows, bibliography, 'en');
    expect(table.id).toBe('table-totals');
    expect(table.caption).toBe('Totals of displaced people');
    expect(table.headers).toEqual({ figure: 'Figure', qualifier: 'Qualifier', population: 'Population covered', date: 'Reference date', producedBy: 'Produced by', givenIn: 'Given in' });
    expect(table.rows).toEqual([
      { figure: '750,000', qualifier: '', population: 'Refugees', date: 'mid-1990s', producedBy: 'Ministry', givenIn: { text: 'Jones 2013, p. 2', href: '#ref-jones-2013' } },
      { figure: '989,586', qualifier: '', population: 'IDPs', date: 'February 2008', producedBy: 'Ministry', givenIn: { text: 'Smith 2016, p. 3', href: '#ref-smith-2016' } },
      { figure: '1,500,000', qualifier: 'nearly', population: 'Refugees', date: 'not dated', producedBy: 'Ministry', givenIn: { text: 'Smith 2016, p. 4', href: '#ref-smith-2016' } },
    ]);
  });

  it('writes the same table in Azerbaijani: its words, labels and number format', () => {
    const table = buildComparisonTable({ id: 'totals', dataset: 'totals' }, dataset, rows, bibliography, 'az');
    expect(table.caption).toBe('Didərgin düşmüş insanların sayları');
    expect(table.headers.population).toBe('Əhatə etdiyi əhali');
    expect(table.rows.map((row) => [row.figure, row.qualifier, row.population, row.date, row.producedBy, row.givenIn.text])).toEqual([
      ['750.000', '', 'Qaçqınlar', '1990-cı illərin ortası', 'Nazirlik', 'Jones 2013, p. 2'],
      ['989.586', '', 'Məcburi köçkünlər', 'fevral 2008', 'Nazirlik', 'Smith 2016, p. 3'],
      ['1.500.000', '…-ə yaxın', 'Qaçqınlar', 'tarix göstərilmir', 'Nazirlik', 'Smith 2016, p. 4'],
    ]);
  });
});

describe('what a comparison table needs from its dataset', () => {
  it('accepts a dataset with every column, of the right kind', () => {
    expect(comparisonDatasetProblems(dataset)).toEqual([]);
  });

  it('names a missing column and a figure column that is not numeric', () => {
    const { locator: _locator, ...withoutLocator } = columns;
    const wrong = defineDataset({
      id: 'wrong',
      file: 'wrong.csv',
      title: 'T',
      unit: 'u',
      source: 'smith-2016',
      locator: 'p. 1',
      row: { figure: cell.text(), qualifier: cell.textOrNull(), population: cell.text(), reference_date: cell.textOrNull(), produced_by: cell.text(), source: cell.text() },
      columns: withoutLocator,
    });
    expect(comparisonDatasetProblems(wrong)).toEqual([
      'column "figure" of dataset "wrong" must be numeric',
      'dataset "wrong" has no column "locator"; a comparison table reads figure, qualifier, population, reference_date, produced_by, source, locator',
    ]);
  });

  it('names the reports a row cites that the bibliography does not have', () => {
    expect(unknownReportKeys([...rows, { ...rows[0]!, source: 'smith-2061' }], bibliography)).toEqual(['smith-2061']);
  });
});
