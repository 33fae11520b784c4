import { describe, expect, it } from 'vitest';
import { cell } from '../../src/schemas/index.ts';
import { paperTable, type PaperTableInput } from '../../src/figures/paper-table.ts';
import { presets } from '../../src/charts/presets/index.ts';

const labels: Record<string, string> = { region: 'Region', value: 'Estimate', low: 'Low', high: 'High', qualifier: 'Qualifier', reported_in: 'Reported in', year: 'Year', flow: 'Flow', thousands: 'Thousands of persons', answer: 'Answer', percent: 'Per cent', as_published: 'As published' };
const input = (rest: Omit<PaperTableInput, 'columnLabel' | 'lang'>, lang: PaperTableInput['lang'] = 'en'): PaperTableInput => ({ ...rest, columnLabel: (key) => labels[key] ?? key, lang });

describe('paperTable', () => {
  const estimates = {
    shape: { region: cell.text(), value: cell.numberOrNull(), low: cell.numberOrNull(), high: cell.numberOrNull(), qualifier: cell.text(), reported_in: cell.text() },
    rows: [
      { region: 'Russia', value: null, low: 600000, high: 800000, qualifier: 'about', reported_in: 'yunusov-2013' },
      { region: 'Ukraine', value: 100000, low: null, high: null, qualifier: 'no less than', reported_in: 'yunusov-2013' },
      { region: 'Georgia', value: 284761, low: null, high: null, qualifier: '-', reported_in: 'yunusov-2013' },
    ],
    unit: 'persons',
  };

  it('keeps the columns a range chart reads and folds the qualifier and the range into one value, with the unit in its header', () => {
    const table = paperTable(input({ ...estimates, roles: { y: 'region', x: 'value', low: 'low', high: 'high', label: 'qualifier' }, preset: presets.get('range') }));
    // The column holds single figures and ranges: the unit heads it.
    expect(table.columns.map((column) => column.label)).toEqual(['Region', 'Persons']);
    expect(table.rows).toEqual([
      ['Russia', 'about 600,000–800,000'],
      ['Ukraine', 'no less than 100,000'],
      ['Georgia', '284,761'],
    ]);
  });

  it('writes numbers as the language does', () => {
    const table = paperTable(input({ ...estimates, roles: { y: 'region', x: 'value', low: 'low', high: 'high', label: 'qualifier' }, preset: presets.get('range') }, 'az'));
    expect(table.rows[2]).not.toEqual(['Georgia', '284,761']);
    expect(table.rows[2]?.[1]?.replace(/\D/g, '')).toBe('284761');
  });

  it('keeps a year as a category and gives each series of a line chart a column, with the unit in its header', () => {
    const table = paperTable(
      input({
        shape: { year: cell.year(), flow: cell.text(), thousands: cell.numberOrNull(), reported_in: cell.text() },
        rows: [
          { year: 2000, flow: 'Arrivals', thousands: 4.4, reported_in: 'x' },
          { year: 2000, flow: 'Departures', thousands: null, reported_in: 'x' },
        ],
        unit: 'thousands of persons',
        roles: { x: 'year', y: 'thousands', series: 'flow' },
        preset: presets.get('line'),
      }),
    );
    expect(table.columns.map((column) => column.label)).toEqual(['Year', 'Arrivals (thousands of persons)', 'Departures (thousands of persons)']);
    expect(table.rows).toEqual([['2000', '4.4', '–']]);
  });

  it('keeps one row per number when two rows would fill one cell of a column per series', () => {
    const table = paperTable(
      input({
        shape: { year: cell.year(), flow: cell.text(), thousands: cell.numberOrNull() },
        rows: [
          { year: 2000, flow: 'Arrivals', thousands: 4.4 },
          { year: 2000, flow: 'Arrivals', thousands: 5 },
        ],
        unit: 'thousands of persons',
        roles: { x: 'year', y: 'thousands', series: 'flow' },
        preset: presets.get('line'),
      }),
    );
    expect(table.columns.map((column) => column.label)).toEqual(['Year', 'Flow', 'Thousands of persons']);
    expect(table.rows).toEqual([
      ['2000', 'Arrivals', '4.4'],
      ['2000', 'Arrivals', '5'],
    ]);
  });

  it('shows a bar chart’s number as published when the chart labels its bars with it', () => {
    const table = paperTable(
      input({
        shape: { answer: cell.text(), percent: cell.number(), as_published: cell.text() },
        rows: [{ answer: 'Business', percent: 0.5, as_published: 'less than half a per cent' }],
        unit: 'per cent',
        roles: { x: 'percent', y: 'answer', label: 'as_published' },
        preset: presets.get('bar'),
      }),
    );
    expect(table.rows).toEqual([['Business', 'less than half a per cent']]);
    expect(table.columns.map((column) => column.label)).toEqual(['Answer', 'Per cent']);
  });

  it('keeps, for a custom chart, the columns that differ from row to row', () => {
    const table = paperTable(input({ ...estimates, roles: {}, preset: undefined }));
    expect(table.columns.map((column) => column.key)).toEqual(['region', 'value', 'low', 'high']);
    expect(table.rows[1]).toEqual(['Ukraine', 'no less than 100,000', '–', '–']);
  });
});
