import { describe, expect, it } from 'vitest';
import { datasetsFromEntries, entryFileOf, importDatasets } from '../../src/data/dataset-entries.ts';
import { defineDataset } from '../../src/schemas/dataset.ts';
import * as cell from '../../src/schemas/cells.ts';
import path from 'node:path';
import { problemsOf } from '../problems-of.ts';

const flows = defineDataset({
  id: 'fixture-flows',
  file: 'topic/flows.csv',
  title: 'Flows',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'Table 1',
  row: { year: cell.year() },
  columns: { year: 'Year' },
});


describe('dataset discovery', () => {
  it('pairs each CSV with the entry of the same name beside it', () => {
    expect(entryFileOf('topic/flows.csv')).toBe('topic/flows.ts');
    const found = datasetsFromEntries(['topic/flows.csv'], (file) => (file === 'topic/flows.ts' ? { flows, helper: 3 } : undefined), 'data');
    expect(found.map((dataset) => dataset.id)).toEqual(['fixture-flows']);
  });

  it('names a CSV that has no entry beside it, and an entry that exports no dataset', () => {
    const problems = problemsOf(() =>
      datasetsFromEntries(['a/orphan.csv', 'b/empty.csv'], (file) => (file === 'b/empty.ts' ? { notADataset: { id: 'x' } } : undefined), 'data'),
    );
    expect(problems).toEqual([
      "data/a/orphan.csv: no dataset entry beside it; add data/a/orphan.ts exporting defineDataset({ file: 'a/orphan.csv', … })",
      'data/b/empty.ts: exports no dataset; export the result of defineDataset({ … })',
    ]);
  });

  it("finds a report's entries on disk, as the commands do", async () => {
    const datasets = await importDatasets(path.resolve('tests/fixtures/report/data'), 'data');
    expect(datasets.map((dataset) => dataset.id)).toEqual(['remittance-flows']);
  });
});
