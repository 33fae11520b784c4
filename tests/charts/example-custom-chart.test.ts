/** The example report's custom chart: a pure function of its dataset's typed rows, tested without a DOM. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import inwardTotals from '../../examples/minimal/data/remittances/flows.chart.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';
import { validateRows } from '../../src/data/validate-rows.ts';

const file = 'examples/minimal/data/remittances/flows.csv';
const rows = validateRows(inwardTotals.dataset, parseCsv(fs.readFileSync(file, 'utf8'), file), file);
const { plot } = inwardTotals.spec(rows, { width: 640, lang: 'en', xLabel: '', yLabel: '', rowsOf: () => [], labelOf: (_dataset, _column, value) => value, valueLabel: (_column, value) => value });
const marks = (plot?.marks ?? []) as unknown as { ariaLabel?: string; data?: { year: number; usd_millions: number }[] }[];

describe('example custom chart: inward totals', () => {
  it('draws one column per year with an inward total, and no other rows', () => {
    const bars = marks.find((mark) => mark.ariaLabel === 'bar')?.data ?? [];
    const expected = rows.filter((row) => row.flow === 'Inward' && row.component === 'Total' && row.usd_millions !== null);
    expect(bars.map((row) => row.year)).toEqual(expected.map((row) => row.year));
    expect(bars.length).toBe(8);
  });

  it('takes the width the figure gives it', () => {
    expect(plot?.width).toBe(640);
  });
});
