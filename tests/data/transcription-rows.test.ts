/**
 * The transcription check looks a row's number up in the report that row names (a
 * comparison table's `source` column), not only in the dataset's own report.
 */
import { describe, expect, it } from 'vitest';
import { defineDataset } from '../../src/schemas/dataset.ts';
import * as cell from '../../src/schemas/cells.ts';
import { checkTranscription } from '../../src/data/transcription.ts';
import type { Registry } from '../../src/data/registry.ts';

const dataset = defineDataset({
  id: 'compared-totals',
  file: 'compared.csv',
  title: 'Totals as two reports give them',
  unit: 'persons',
  source: 'report-a',
  locator: 'Tables 1 and 2',
  row: { figure: cell.number(), source: cell.text() },
  columns: { figure: 'Figure', source: 'Report' },
});

const texts: Record<string, string> = { 'a.txt': 'Report A counts 1,200 people.', 'b.txt': 'Report B counts 3 400 people.' };
const files = { 'report-a': ['a.txt'], 'report-b': ['b.txt'] };

function registryOf(rows: { figure: number; source: string }[]): Registry {
  return { datasets: new Map([[dataset.id, dataset]]), load: () => ({ rows, file: 'data/compared.csv' }) } as unknown as Registry;
}

describe('checkTranscription with a report per row', () => {
  it("finds each row's number in the report its source column names", () => {
    const { checked, unfound } = checkTranscription(registryOf([{ figure: 1200, source: 'report-a' }, { figure: 3400, source: 'report-b' }]), files, (file) => texts[file] ?? '');
    expect(checked).toBe(2);
    expect(unfound).toEqual([]);
  });

  it('reports a number that is not in the report its row names, even if another report has it', () => {
    const { unfound } = checkTranscription(registryOf([{ figure: 3400, source: 'report-a' }]), files, (file) => texts[file] ?? '');
    expect(unfound.map(({ line, value, searched }) => ({ line, value, searched }))).toEqual([{ line: 2, value: 3400, searched: 'a.txt' }]);
  });
});
