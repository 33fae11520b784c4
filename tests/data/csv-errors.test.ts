/**
 * Bad CSV input stops with a message naming the file, the line and the
 * column, and what was expected. One fixture folder per failure.
 */
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/data/registry.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography } from './fixture-dataset.ts';
import { problemsOf } from '../problems-of.ts';

function load(folder: string) {
  const registry = createRegistry([fixtureDataset()], `${FIXTURES}/${folder}`, fixtureBibliography, ".");
  return registry.load(registry.get('fixture-flows', 'test'));
}


describe('CSV loading', () => {
  it('reads a valid file into typed rows, with "-" and empty cells as null, never 0', () => {
    const { rows } = load('valid');
    expect(rows).toEqual([
      { year: 2003, flow: 'Inward', usd_millions: 171 },
      { year: 2004, flow: 'Inward', usd_millions: 228 },
      { year: 2010, flow: 'Outward', usd_millions: null },
      { year: 2009, flow: 'Outward', usd_millions: null },
    ]);
  });

  it('names file, line and column of every bad cell, and what was expected', () => {
    expect(problemsOf(() => load('bad-cell'))).toEqual([
      `${FIXTURES}/bad-cell/flows.csv:4, column "usd_millions": expected a number of at least 0, or "-" for no data, got "abc"`,
      `${FIXTURES}/bad-cell/flows.csv:5, column "flow": expected one of "Inward", "Outward", got "Sideways"`,
    ]);
  });

  it('names every out-of-range cell', () => {
    expect(problemsOf(() => load('out-of-range'))).toEqual([
      `${FIXTURES}/out-of-range/flows.csv:3, column "year": expected a whole number from 1900 to 2100, got "1850"`,
      `${FIXTURES}/out-of-range/flows.csv:3, column "usd_millions": expected a number of at least 0, or "-" for no data, got "-5"`,
    ]);
  });

  it('names a comma as a thousands separator, and the fix if it was a decimal comma', () => {
    expect(problemsOf(() => load('thousands-separator'))).toEqual([
      `${FIXTURES}/thousands-separator/flows.csv:2, column "usd_millions": expected a number of at least 0, or "-" for no data, got "1,287": the comma looks like a thousands separator; write the number with no separator, e.g. "1287" (if it is a decimal comma, write "1.287")`,
    ]);
  });

  // Spreadsheet habits: the strict rule stays (comma-separated, decimal point), and the message names the habit and the fix.
  it('names a ";" separator (a comma-decimal locale) and its decimal commas, in one message', () => {
    expect(problemsOf(() => load('semicolon'))).toEqual([
      `${FIXTURES}/semicolon/flows.csv:1:5: the columns are separated by ";" (semicolon), as spreadsheets in comma-decimal locales save CSV; this project reads comma-separated files with a decimal point: save or export the file as CSV with "," as the separator, and write decimals with a point (38.2, not 38,2), so the header reads "year,flow,usd_millions"`,
    ]);
  });

  it('names a ";" separator in a file without decimals, in one message rather than one per missing column', () => {
    expect(problemsOf(() => load('semicolon-whole'))).toEqual([
      `${FIXTURES}/semicolon-whole/flows.csv:1:5: the columns are separated by ";" (semicolon), as spreadsheets in comma-decimal locales save CSV; this project reads comma-separated files with a decimal point: save or export the file as CSV with "," as the separator, so the header reads "year,flow,usd_millions"`,
    ]);
  });

  it('names a tab separator', () => {
    expect(problemsOf(() => load('tab'))).toEqual([
      `${FIXTURES}/tab/flows.csv:1:5: the columns are separated by tabs, as a "tab-separated" export or a copy from a spreadsheet gives; this project reads comma-separated files with a decimal point: save or export the file as CSV with "," as the separator, so the header reads "year,flow,usd_millions"`,
    ]);
  });

  it('names a quoted decimal comma in a numeric column', () => {
    expect(problemsOf(() => load('decimal-comma'))).toEqual([
      `${FIXTURES}/decimal-comma/flows.csv:2, column "usd_millions": expected a number of at least 0, or "-" for no data, got "38,2": a decimal comma, as a comma-decimal locale writes it; CSV files here use a decimal point: write "38.2"`,
    ]);
  });

  it('names an unquoted decimal comma that splits a number into two cells', () => {
    expect(problemsOf(() => load('decimal-comma-unquoted'))).toEqual([
      `${FIXTURES}/decimal-comma-unquoted/flows.csv:3: this row has 4 cells but the header has 3 (year, flow, usd_millions); every row needs one cell per column; "38,2" in column "usd_millions" looks like a number with a decimal comma: write it with a decimal point, "38.2"`,
    ]);
  });

  it('names a space as a thousands separator', () => {
    expect(problemsOf(() => load('thousands-space'))).toEqual([
      `${FIXTURES}/thousands-space/flows.csv:2, column "usd_millions": expected a number of at least 0, or "-" for no data, got "1 287": a space is used as a thousands separator; write the number with no separator and a decimal point, e.g. "1287"`,
    ]);
  });

  it('names a no-break space as a thousands separator', () => {
    expect(problemsOf(() => load('thousands-nbsp'))).toEqual([
      `${FIXTURES}/thousands-nbsp/flows.csv:2, column "usd_millions": expected a number of at least 0, or "-" for no data, got "1\u00a0287": a no-break space is used as a thousands separator; write the number with no separator and a decimal point, e.g. "1287"`,
    ]);
  });

  it('reports a missing column with the expected header', () => {
    expect(problemsOf(() => load('missing-column'))).toEqual([
      `${FIXTURES}/missing-column/flows.csv:1, column "flow": missing from the header; expected columns: year, flow, usd_millions`,
    ]);
  });

  it('reports an extra column', () => {
    expect(problemsOf(() => load('extra-column'))).toEqual([
      `${FIXTURES}/extra-column/flows.csv:1, column "comment": not a column of this dataset; expected columns: year, flow, usd_millions`,
    ]);
  });

  it('spots a misspelt column and says what to rename it to', () => {
    const problems = problemsOf(() => load('misspelt-column'));
    expect(problems).toContain(
      `${FIXTURES}/misspelt-column/flows.csv:1, column "year": missing from the header (found "Year"; rename it to "year"); expected columns: year, flow, usd_millions`,
    );
  });

  it('reports a row with too few cells', () => {
    expect(problemsOf(() => load('ragged-row'))).toEqual([
      `${FIXTURES}/ragged-row/flows.csv:3: this row has 2 cells but the header has 3 (year, flow, usd_millions); every row needs one cell per column`,
    ]);
  });

  it('rejects a file with a header but no rows', () => {
    expect(problemsOf(() => load('header-only'))).toEqual([
      `${FIXTURES}/header-only/flows.csv: the file has a header but no rows; a dataset needs at least one row below the header`,
    ]);
  });

  it('reports a quote that is never closed', () => {
    const [problem] = problemsOf(() => load('unclosed-quote'));
    expect(problem).toMatch(new RegExp(`^${FIXTURES}/unclosed-quote/flows\\.csv:\\d+: a quoted cell is never closed`));
  });
});

describe('dataset registry', () => {
  it('rejects two datasets with the same id', () => {
    const entries = [fixtureDataset({ file: 'a.csv' }), fixtureDataset({ file: 'b.csv' })];
    expect(problemsOf(() => createRegistry(entries, `${FIXTURES}/duplicate-id`, fixtureBibliography, "."))).toEqual([
      `dataset "fixture-flows" (${FIXTURES}/duplicate-id/b.csv): the id "fixture-flows" is already used by the dataset for a.csv; give each dataset its own id`,
    ]);
  });

  it('rejects a dataset whose CSV file does not exist', () => {
    expect(problemsOf(() => createRegistry([fixtureDataset()], `${FIXTURES}/missing-file`, fixtureBibliography, "."))).toEqual([
      `dataset "fixture-flows" (${FIXTURES}/missing-file/flows.csv): the CSV file ${FIXTURES}/missing-file/flows.csv does not exist`,
    ]);
  });

  it('rejects a CSV file that no dataset uses, so nothing is silently left out', () => {
    expect(problemsOf(() => createRegistry([fixtureDataset()], `${FIXTURES}/orphan-csv`, fixtureBibliography, "."))).toEqual([
      `${FIXTURES}/orphan-csv/forgotten.csv: no dataset entry uses this file`,
    ]);
  });

  it('rejects an unknown citation key, and names the closest known one', () => {
    expect(problemsOf(() => createRegistry([fixtureDataset({ source: 'no-such-source' })], `${FIXTURES}/valid`, fixtureBibliography, "."))).toEqual([
      // A short bibliography is listed whole; a long one is not (then: "none of the N citation keys is close").
      `dataset "fixture-flows" (${FIXTURES}/valid/flows.csv): citation key "no-such-source" is not in the bibliography; citation keys: shahgaldiyev-2016, yunusov-2013, rumyansev-2013, icmpd-2023, world-bank-factbook-2011, rustamov-adb-2007`,
    ]);
    expect(problemsOf(() => createRegistry([fixtureDataset({ source: 'world-bank-factbook-2010' })], `${FIXTURES}/valid`, fixtureBibliography, "."))).toEqual([
      `dataset "fixture-flows" (${FIXTURES}/valid/flows.csv): citation key "world-bank-factbook-2010" is not in the bibliography; did you mean "world-bank-factbook-2011"? (citation keys: shahgaldiyev-2016, yunusov-2013, rumyansev-2013, icmpd-2023, world-bank-factbook-2011, rustamov-adb-2007)`,
    ]);
  });

  it('names an unknown dataset and the closest known one', () => {
    const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, ".");
    expect(problemsOf(() => registry.get('fixture-flow', 'content/x.mdx:12'))).toEqual([
      'content/x.mdx:12: no dataset "fixture-flow" in data/; did you mean "fixture-flows"? (datasets: fixture-flows)',
    ]);
  });
});
