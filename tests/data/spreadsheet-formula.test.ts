/**
 * A CSV cell that a spreadsheet would run as a formula stops the load, named
 * by file, line and column; negative numbers and the no-data "-" stay data.
 */
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/data/registry.ts';
import { defineDataset } from '../../src/schemas/dataset.ts';
import * as cell from '../../src/schemas/cells.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography } from './fixture-dataset.ts';
import { problemsOf } from '../problems-of.ts';

const why = (value: string, first = value[0]) => `"${value}" starts with "${first}", so a spreadsheet would run it as a formula; no source has formulas: write the text as the source does (e.g. without the leading "${first}"), or a plain number such as -53.6`;

describe('spreadsheet formulas in CSV cells', () => {
  it('refuses =, @, + and - cells that are not numbers, in every column, one message per cell', () => {
    const registry = createRegistry([fixtureDataset()], `${FIXTURES}/formula`, fixtureBibliography, '.');
    const file = `${FIXTURES}/formula/flows.csv`;
    expect(problemsOf(() => registry.load(registry.get('fixture-flows', 'test')))).toEqual([
      `${file}:3, column "flow": ${why('=HYPERLINK("http://example.com")')}`,
      `${file}:4, column "flow": ${why('@SUM(A1)')}`,
      `${file}:4, column "usd_millions": ${why('+5')}`,
      `${file}:5, column "flow": ${why('-Inward')}`,
      `${file}:5, column "usd_millions": ${why('-2cmd')}`,
    ]);
  });

  it('reads negative numbers and the no-data "-" in text and number columns as data', () => {
    const dataset = defineDataset({
      id: 'fixture-changes',
      file: 'changes.csv',
      title: 'Fixture changes',
      unit: '%',
      source: 'world-bank-factbook-2011',
      locator: 'Table 1',
      row: { place: cell.text(), change: cell.number(), note: cell.textOrNull() },
      columns: { place: 'Place', change: 'Change', note: 'Note' },
    });
    const registry = createRegistry([dataset], `${FIXTURES}/formula-lookalikes`, fixtureBibliography, '.');
    expect(registry.load(registry.get('fixture-changes', 'test')).rows).toEqual([
      { place: 'Baku', change: -53.6, note: null },
      { place: 'Ganja', change: -2, note: '– as in the source' },
    ]);
  });

  it('names why a cell would run, and nothing for data', () => {
    expect(cell.spreadsheetFormula(' =1+1')).toBe(why(' =1+1', '='));
    for (const data of ['-', '-53.6', '-2', '0', 'Baku', 'e-mail', '', '–']) expect(cell.spreadsheetFormula(data)).toBeUndefined();
  });
});
