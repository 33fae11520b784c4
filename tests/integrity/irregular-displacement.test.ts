/**
 * Irregular migration and displacement (Shahgaldiyev 2016, Yunusov 2013):
 * lists against their totals, parts against the whole, ranges in order.
 * Where a report does not add up, the exact gap is pinned here and explained
 * in the dataset notes.
 */
import { describe, expect, it } from 'vitest';
import { rowsOf, sumOf } from './rows.ts';

type Row = Record<string, unknown>;

function only(rows: Row[], predicate: (row: Row) => boolean): Row {
  const found = rows.filter(predicate);
  expect(found).toHaveLength(1);
  return found[0] as Row;
}

/** Published parts minus published total. */
function gap(rows: Row[], levelColumn: string, totalLevel: string, valueColumn: string): number {
  const total = only(rows, (row) => row[levelColumn] === totalLevel)[valueColumn] as number;
  const parts = rows.filter((row) => row[levelColumn] !== totalLevel);
  const sum = sumOf(parts, valueColumn);
  expect(sum).not.toBeNull();
  return (sum as number) - total;
}

describe('ranges: single figure or low-high, never both, low <= high', () => {
  const withRanges = [
    'irregular-undocumented-migrants-estimate',
    'irregular-migrant-estimates-yunusov',
    'displacement-idp-estimates',
    'displacement-refugees-yunusov',
  ];
  for (const id of withRanges) {
    it(id, () => {
      for (const row of rowsOf(id)) {
        const { value, low, high } = row as { value: number | null; low: number | null; high: number | null };
        if (value !== null) {
          expect(low).toBeNull();
          expect(high).toBeNull();
        } else {
          expect(typeof low).toBe('number');
          expect(typeof high).toBe('number');
          expect(low as number).toBeLessThanOrEqual(high as number);
        }
      }
    });
  }
});

describe('irregular migration, Shahgaldiyev 2016', () => {
  it('deportations 2011: the ten listed countries fall 100 short of the total of 3,023', () => {
    const rows = rowsOf('irregular-deportations-2011-by-country');
    expect(rows.filter((row) => row.level === 'Country of origin')).toHaveLength(10);
    expect(gap(rows, 'level', 'Total', 'persons')).toBe(-100);
  });

  it('border violators 2009: five countries, and no total in the report (none is made up)', () => {
    const rows = rowsOf('irregular-border-violators-2009-by-country');
    expect(rows).toHaveLength(5);
    expect(rows.some((row) => /total/i.test(String(row.country)))).toBe(false);
  });

  it('undocumented migrants: those with work permits are fewer than the low end of the estimate', () => {
    const rows = rowsOf('irregular-undocumented-migrants-estimate');
    const all = only(rows, (row) => row.measure === 'Undocumented migrants living in Azerbaijan');
    const withPermits = only(rows, (row) => row.measure === 'Of whom holding work permits');
    expect(withPermits.value as number).toBeLessThan(all.low as number);
  });
});

describe('irregular migration, Yunusov 2013', () => {
  it('registered illegal migrants, end of 2008: the six citizenships fall 765 short of the total of 6,238', () => {
    const rows = rowsOf('irregular-registered-2008-by-citizenship');
    expect(rows.filter((row) => row.level === 'Citizenship')).toHaveLength(6);
    expect(gap(rows, 'level', 'Total', 'persons')).toBe(-765);
  });

  const counts = rowsOf('irregular-agency-counts-2007-2008');
  const count = (reportedBy: string, measure: string) =>
    only(counts, (row) => row.reported_by === reportedBy && row.measure === measure).persons as number;
  const labour = 'Ministry of Labour and Social Protection of Population';
  const interior = 'Ministry of the Interior';

  it('agency counts: each "of these" is a part of its whole', () => {
    expect(count(labour, 'Of these: illegal migrants')).toBeLessThanOrEqual(count(labour, 'Temporarily residing foreign nationals registered'));
    expect(count(interior, 'Of these: permanently residing')).toBeLessThanOrEqual(count(interior, 'Foreigners registered (another press release)'));
  });

  it('agency counts: the end-2008 registered count is the total of the by-citizenship table', () => {
    const total = only(rowsOf('irregular-registered-2008-by-citizenship'), (row) => row.level === 'Total').persons;
    expect(count(labour, 'Nationals of 79 countries registered as illegals')).toBe(total);
  });

  it('agency counts: the conflicts are kept, not reconciled', () => {
    // Foreign nationals in 2007: three different figures from two ministries.
    const foreigners2007 = counts.filter((row) => row.category === 'Foreign nationals' && row.year === 2007 && !String(row.measure).startsWith('Of these'));
    expect(foreigners2007.map((row) => row.persons)).toEqual([30000, 27000, 9500]);
    // Illegal migrants according to the same ministry, November 2007 -> beginning of 2008 -> end of 2008.
    const illegal = counts.filter((row) => row.category === 'Irregular migrants' && row.reported_by === labour);
    expect(illegal.map((row) => row.persons)).toEqual([15000, 25000, 6238]);
    // Foreign workers in 2008: work permits (Ministry of Labour) against workers (State Statistics Committee).
    expect(count('State Statistics Committee', 'Foreigners officially working') - count(labour, 'Foreigners who obtained work permits')).toBe(633);
  });

  it('detentions 2007: those made to leave are a part of those detained', () => {
    const rows = rowsOf('irregular-detentions-removals-2007');
    const detained = only(rows, (row) => row.measure === 'Illegal migrants detained').persons as number;
    const madeToLeave = only(rows, (row) => row.measure === 'Of these: made to leave Azerbaijan').persons as number;
    expect(madeToLeave).toBeLessThanOrEqual(detained);
  });

  it('estimates: the 2007 and 2008 figures are those of the agency-counts table', () => {
    const estimates = rowsOf('irregular-migrant-estimates-yunusov').filter((row) => row.value !== null);
    expect(estimates.map((row) => row.value)).toEqual([
      count(labour, 'Of these: illegal migrants'),
      count(labour, 'Illegal migrants living and working in Azerbaijan'),
    ]);
  });

  it('Azerbaijanis abroad: fewer residents in Switzerland in early 2007 than applicants for legalization', () => {
    const rows = rowsOf('irregular-azerbaijanis-abroad').filter((row) => row.country === 'Switzerland');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.persons as number).toBeLessThan(rows[0]?.persons as number);
  });
});

describe('displacement, Shahgaldiyev 2016', () => {
  it('asylum 2007: persons granted and refused fall 48 short of the 708 who applied; applications are not added to persons', () => {
    const rows = rowsOf('displacement-asylum-decisions-2007');
    const row = (measure: string) => only(rows, (entry) => entry.measure === measure);
    const number = (measure: string) => row(measure).number as number;
    const decided = number('Persons granted refugee status') + number('Applicants denied refugee status');
    expect(number('Applied for refugee status') - decided).toBe(48);
    // The 62 approvals count applications, not persons: the table keeps the two units apart.
    expect(row('Asylum applications approved').counted).toBe('applications');
    expect(row('Persons granted refugee status').counted).toBe('persons');
  });

  it('February 2008: the four groups exceed the published total of 989,586 by 13,414', () => {
    const rows = rowsOf('displacement-refugees-idps-asylum-2008');
    expect(rows.filter((row) => row.level === 'Part')).toHaveLength(4);
    expect(gap(rows, 'level', 'Total', 'persons')).toBe(13414);
  });

  it('IDP estimates: the IDMC range runs from the UNHCR estimate to the government estimate', () => {
    const rows = rowsOf('displacement-idp-estimates');
    const range = only(rows, (row) => row.low !== null);
    expect(range.low).toBe(only(rows, (row) => row.estimated_by === 'UNHCR').value);
    expect(range.high).toBe(only(rows, (row) => row.estimated_by === 'Government of Azerbaijan').value);
  });

  it('the Meskhetian Turks count the same 50,000 in both places of the report', () => {
    const totals = rowsOf('displacement-conflict-totals');
    const composition = rowsOf('displacement-refugees-idps-asylum-2008');
    const here = only(totals, (row) => String(row.measure).startsWith('Meskhetian Turks')).persons;
    const there = only(composition, (row) => String(row.group).startsWith('Meskhetian Turks')).persons;
    expect(here).toBe(50000);
    expect(there).toBe(here);
  });

  it('refugee population 2010: only the two figures written in the text, no country breakdown', () => {
    const rows = rowsOf('displacement-refugee-population-2010');
    expect(rows.map((row) => row.persons)).toEqual([16753, 1891]);
  });

  it('seeking refuge: the Chechen and Afghan groups are each larger than the "close to 3,000" asylum seekers of February 2008', () => {
    const asylumSeekers = only(rowsOf('displacement-refugees-idps-asylum-2008'), (row) => String(row.group).startsWith('Asylum seekers')).persons as number;
    const groups = rowsOf('displacement-asylum-seekers-by-origin');
    expect(groups.filter((row) => (row.persons as number) > asylumSeekers).map((row) => row.group)).toEqual([
      'Ethnic Chechens with Russian citizenship',
      'Citizens of Afghanistan',
    ]);
  });
});

describe('displacement, Yunusov 2013', () => {
  it('Chechen refugees: over 12,000 in 2001 fit within the 10,000-15,000 foreign refugees, and fell to about 2,000', () => {
    const rows = rowsOf('displacement-refugees-yunusov');
    const foreign = only(rows, (row) => String(row.group).startsWith('Foreign refugees'));
    const chechens = rows.filter((row) => row.group === 'Chechen refugees').map((row) => row.value as number);
    expect(chechens).toEqual([12000, 2000]);
    expect(chechens[0]).toBeLessThanOrEqual(foreign.high as number);
    expect(chechens[1]).toBeLessThan(chechens[0] as number);
  });

  it('housing: one row per kind of count, never summed', () => {
    const rows = rowsOf('displacement-housing-resettlement');
    expect(new Set(rows.map((row) => row.counted)).size).toBe(rows.length);
  });
});
