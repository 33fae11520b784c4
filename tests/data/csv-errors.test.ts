/**
 * Bad CSV input stops with a message naming the file, the line and the
 * column, and what was expected. One fixture folder per failure.
 */
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/data/registry.ts';
import { ReportInputError } from '../../src/data/errors.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography } from './fixture-dataset.ts';

function load(folder: string) {
  const registry = createRegistry([fixtureDataset()], `${FIXTURES}/${folder}`, fixtureBibliography);
  return registry.load(registry.get('fixture-flows', 'test'));
}

function problemsOf(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof ReportInputError) return error.problems;
    throw error;
  }
  throw new Error('expected a ReportInputError, but nothing was thrown');
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

  it('suggests removing thousands separators', () => {
    expect(problemsOf(() => load('thousands-separator'))).toEqual([
      `${FIXTURES}/thousands-separator/flows.csv:2, column "usd_millions": expected a number of at least 0, or "-" for no data, got "1,287" (write it without thousands separators)`,
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
    expect(problemsOf(() => createRegistry(entries, `${FIXTURES}/duplicate-id`, fixtureBibliography))).toEqual([
      `dataset "fixture-flows" (${FIXTURES}/duplicate-id/b.csv): the id "fixture-flows" is already used by the dataset for a.csv; give each dataset its own id`,
    ]);
  });

  it('rejects a dataset whose CSV file does not exist', () => {
    expect(problemsOf(() => createRegistry([fixtureDataset()], `${FIXTURES}/missing-file`, fixtureBibliography))).toEqual([
      `dataset "fixture-flows" (${FIXTURES}/missing-file/flows.csv): the CSV file ${FIXTURES}/missing-file/flows.csv does not exist`,
    ]);
  });

  it('rejects a CSV file that no dataset uses, so nothing is silently left out', () => {
    expect(problemsOf(() => createRegistry([fixtureDataset()], `${FIXTURES}/orphan-csv`, fixtureBibliography))).toEqual([
      `${FIXTURES}/orphan-csv/forgotten.csv: no dataset entry uses this file`,
    ]);
  });

  it('rejects an unknown citation key', () => {
    expect(problemsOf(() => createRegistry([fixtureDataset({ source: 'no-such-source' })], `${FIXTURES}/valid`, fixtureBibliography))).toEqual([
      `dataset "fixture-flows" (${FIXTURES}/valid/flows.csv): citation key "no-such-source" is not in the bibliography`,
    ]);
  });

  it('names an unknown dataset and lists the known ones', () => {
    const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography);
    expect(problemsOf(() => registry.get('fixture-flow', 'content/x.mdx:12'))).toEqual([
      'content/x.mdx:12: no dataset "fixture-flow" in data/ (known datasets: fixture-flows)',
    ]);
  });
});
