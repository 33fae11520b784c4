/**
 * Table 5: the three components of each flow should add up to its total.
 * Where the published table does not add up (by 1, from rounding), the exact
 * gap is pinned here and explained in the dataset notes.
 */
import { describe, expect, it } from 'vitest';
import { rowsOf, sumOf } from './rows.ts';

const rows = rowsOf('remittance-flows');

// Sum of components minus published total, per flow and year; absent = adds up exactly.
const publishedGaps: Record<string, number> = {
  'Inward 2004': -1,
  'Inward 2006': -1,
  'Inward 2007': 1,
  'Inward 2009': 1,
  'Outward 2003': 1,
  'Outward 2004': 1,
  'Outward 2005': -1,
  'Outward 2006': -1,
  'Outward 2008': -1,
};

describe('remittance-flows (Table 5)', () => {
  for (const flow of ['Inward', 'Outward']) {
    for (let year = 2003; year <= 2010; year++) {
      const ofYear = rows.filter((row) => row.flow === flow && row.year === year);
      const total = ofYear.find((row) => row.component === 'Total')?.usd_millions;
      const components = ofYear.filter((row) => row.component !== 'Total');

      it(`${flow} ${year}: components against the total`, () => {
        expect(components).toHaveLength(3);
        const sum = sumOf(components, 'usd_millions');
        if (sum === null) {
          // Blank components in the source: nothing to compare, and nothing filled in.
          expect(year).toBe(2010);
          expect(components.every((row) => row.usd_millions === null)).toBe(true);
          return;
        }
        expect(typeof total).toBe('number');
        expect(sum - (total as number)).toBe(publishedGaps[`${flow} ${year}`] ?? 0);
      });
    }
  }

  it('keeps the blanks of 2010 as no data, never 0', () => {
    const blanks = rows.filter((row) => row.year === 2010 && row.usd_millions === null);
    expect(blanks.map((row) => `${row.flow} ${row.component}`)).toEqual([
      "Inward Workers' remittances",
      'Inward Compensation of employees',
      "Inward Migrants' transfers",
      'Outward Total',
      "Outward Workers' remittances",
      'Outward Compensation of employees',
      "Outward Migrants' transfers",
    ]);
  });
});
