/**
 * Legal migration and general statistics: the arithmetic the published
 * figures imply. Where the source does not add up, the exact gap is pinned
 * here and explained in the dataset notes.
 */
import { describe, expect, it } from 'vitest';
import { rowsOf, sumOf } from './rows.ts';

/** Tenths as whole numbers, so that 84.3 - 137.9 compares exactly with -53.6. */
const tenths = (value: unknown) => Math.round((value as number) * 10);

describe('legal-international-migration (Table 1)', () => {
  const rows = rowsOf('legal-international-migration');

  it('has the ten years of both parts of the table, split by the page break', () => {
    expect(rows.map((row) => row.year)).toEqual([1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010]);
  });

  for (const row of rows) {
    it(`${row.year}: net = arrivals - departures`, () => {
      expect(tenths(row.arrivals) - tenths(row.departures)).toBe(tenths(row.net));
    });
    it(`${row.year}: net = urban + rural`, () => {
      expect(tenths(row.net_urban) + tenths(row.net_rural)).toBe(tenths(row.net));
    });
  }

  it('net migration turns positive from 2008, as the report says', () => {
    for (const row of rows) expect((row.net as number) > 0).toBe((row.year as number) >= 2008);
  });

  it('agrees with the executive summary: -40.1 in 1991 and +1.4 in 2010', () => {
    expect(rows.find((row) => row.year === 1991)?.net).toBe(-40.1);
    expect(rows.find((row) => row.year === 2010)?.net).toBe(1.4);
  });
});

describe('legal-departures-by-country and legal-arrivals-by-country (Tables 2 and 3)', () => {
  const years = [1995, 2000, 2003, 2006, 2008, 2010];
  // Total minus the sum of the listed countries ("including": a selection), per year.
  const unlisted: Record<string, Record<number, number>> = {
    'legal-departures-by-country': { 1995: 2829, 2000: 558, 2003: 201, 2006: 136, 2008: 155, 2010: 40 },
    'legal-arrivals-by-country': { 1995: 1550, 2000: 835, 2003: 353, 2006: 367, 2008: 670, 2010: 198 },
  };
  const blanks: Record<string, string[]> = {
    'legal-departures-by-country': ['Iran 2008', 'Iran 2010'],
    'legal-arrivals-by-country': ['Germany 1995', 'Germany 2006', 'USA 1995', 'USA 2003'],
  };

  for (const id of Object.keys(unlisted)) {
    const rows = rowsOf(id);

    it(`${id}: one Total and eight countries for each of the six years`, () => {
      for (const year of years) {
        const ofYear = rows.filter((row) => row.year === year);
        expect(ofYear.filter((row) => row.row_type === 'Total')).toHaveLength(1);
        expect(ofYear.filter((row) => row.row_type === 'Country')).toHaveLength(8);
      }
    });

    for (const year of years) {
      it(`${id} ${year}: the listed countries stay below the total, by the pinned amount`, () => {
        const ofYear = rows.filter((row) => row.year === year);
        const total = ofYear.find((row) => row.row_type === 'Total')?.persons as number;
        const countries = ofYear.filter((row) => row.row_type === 'Country' && row.persons !== null);
        const sum = sumOf(countries, 'persons') as number;
        expect(total - sum).toBe(unlisted[id]![year]);
        expect(total - sum).toBeGreaterThan(0);
      });
    }

    it(`${id}: the "-" cells stay no data, never 0`, () => {
      const missing = rows.filter((row) => row.persons === null).map((row) => `${row.country} ${row.year}`);
      expect(missing).toEqual(blanks[id]);
      expect(rows.some((row) => row.persons === 0)).toBe(false);
    });
  }

  it('Tables 2 and 3 against Table 1: totals match once rounded to thousands, except arrivals in 2008', () => {
    const table1 = rowsOf('legal-international-migration');
    const mismatches: string[] = [];
    for (const [id, column] of [
      ['legal-departures-by-country', 'departures'],
      ['legal-arrivals-by-country', 'arrivals'],
    ] as const) {
      for (const total of rowsOf(id).filter((row) => row.row_type === 'Total')) {
        const inTable1 = table1.find((row) => row.year === total.year);
        if (!inTable1) continue; // 1995, 2000 and 2006 are not in Table 1
        if (Math.round((total.persons as number) / 100) !== tenths(inTable1[column])) {
          mismatches.push(`${column} ${total.year}: ${total.persons} persons against ${inTable1[column]} thousand`);
        }
      }
    }
    expect(mismatches).toEqual(['arrivals 2008: 3957 persons against 3.6 thousand']);
  });
});

describe('legal-foreigners-by-category (1 April 2011)', () => {
  const rows = rowsOf('legal-foreigners-by-category');
  const total = rows.find((row) => row.row_type === 'Total')?.persons as number;
  const categories = rows.filter((row) => row.row_type === 'Category');

  it('total is 452,475', () => {
    expect(total).toBe(452475);
  });

  it('the counted categories stay below the total; the remainder (refugees and asylum seekers) has no figure', () => {
    const counted = categories.filter((row) => row.persons !== null);
    expect(sumOf(counted, 'persons')).toBeLessThan(total);
    const remainder = categories.filter((row) => row.persons === null);
    expect(remainder.map((row) => row.category)).toEqual(['Refugees and asylum seekers (the remainder)']);
    expect(remainder[0]!.share_percent).toBeNull();
  });

  it('the given shares add up to less than 100', () => {
    expect(sumOf(categories.filter((row) => row.share_percent !== null), 'share_percent')).toBe(63);
  });

  // Count minus share x total, in persons: workers and relatives are the share cut to whole
  // persons; students are 450 above 20 per cent (90,945 against 90,495), yet still round to 20.
  const gaps: Record<string, number> = { 'Migrant workers': -0.75, Students: 450, 'Relatives of Azerbaijani nationals': -0.5 };
  for (const row of categories.filter((row) => row.persons !== null)) {
    it(`${row.category}: count against share of the total`, () => {
      const expected = ((row.share_percent as number) * total) / 100;
      expect((row.persons as number) - expected).toBeCloseTo(gaps[row.category as string]!, 6);
      expect(Math.round(((row.persons as number) / total) * 100)).toBe(row.share_percent);
    });
  }
});

describe('legal-work-permit-shares and legal-work-permit-holders (2011)', () => {
  const rows = rowsOf('legal-work-permit-shares');

  it('the leading activities and countries add up to less than 100 (87 and 74)', () => {
    expect(sumOf(rows.filter((row) => row.breakdown === 'Economic activity'), 'share_percent')).toBe(87);
    expect(sumOf(rows.filter((row) => row.breakdown === 'Country'), 'share_percent')).toBe(74);
  });

  it('every share carries the "almost" of the source', () => {
    expect(rows.every((row) => row.qualifier === 'almost')).toBe(true);
  });

  it('the base is 9,557 holders on 30 September 2011', () => {
    expect(rowsOf('legal-work-permit-holders')).toEqual([
      { date: '2011-09-30', measure: 'Migrant workers holding work permits', persons: 9557 },
    ]);
  });
});

describe('legal-migrant-origins (2001-2009)', () => {
  it('the six shares add up to 100', () => {
    expect(sumOf(rowsOf('legal-migrant-origins'), 'share_percent')).toBe(100);
  });
});

describe('legal-ilo-motivations', () => {
  it('the four shares add up to 91, not 100, as published', () => {
    expect(sumOf(rowsOf('legal-ilo-motivations'), 'share_percent')).toBe(91);
  });
});

describe('legal-sms-statistics-2011 (January-November 2011)', () => {
  const rows = rowsOf('legal-sms-statistics-2011');
  for (const row of rows) {
    it(`${row.indicator}: per month = total / 11, rounded to one decimal (pinned exception)`, () => {
      const computed = Math.round(((row.total as number) / 11) * 10) / 10;
      if (row.indicator === 'Regularizations') {
        // 2,139 / 11 = 194.45..., which rounds to 194.5; the report prints 194.4.
        expect(computed).toBe(194.5);
        expect(row.per_month).toBe(194.4);
      } else {
        expect(row.per_month).toBe(computed);
      }
    });
  }
});

describe('legal-foreign-workers-by-sector-2008 and legal-foreign-worker-counts-2008', () => {
  const sectors = rowsOf('legal-foreign-workers-by-sector-2008');
  const total = sectors.find((row) => row.row_type === 'Total')?.persons;

  it('the six sectors add up to the total of 5,000', () => {
    expect(sumOf(sectors.filter((row) => row.row_type === 'Sector'), 'persons')).toBe(total);
    expect(total).toBe(5000);
  });

  it('the two agencies disagree: 4,367 permits against 5,000 working, both kept', () => {
    const counts = rowsOf('legal-foreign-worker-counts-2008');
    expect(counts.map((row) => [row.produced_by, row.figure, row.reference_date])).toEqual([
      ['Ministry of Labour and Social Protection of Population', 4367, 'January–December 2008'],
      ['State Statistics Committee', 5000, 'January–December 2008'],
    ]);
    expect(counts.find((row) => row.produced_by === 'State Statistics Committee')?.figure).toBe(total);
  });
});

describe('legal-chinese-migrants', () => {
  it('grows from 2006 to the end of 2008', () => {
    const persons = rowsOf('legal-chinese-migrants').map((row) => row.persons as number);
    expect(persons).toEqual([...persons].sort((a, b) => a - b));
  });
});

describe('legal-work-permit-fee-and-quota', () => {
  const rows = rowsOf('legal-work-permit-fee-and-quota');
  const manats = rows.filter((row) => row.unit === 'manats').map((row) => row.value as number);

  it('the payment goes from 45 to 1,000 manats, the "22 times" of the report (1,000 / 45 = 22.2)', () => {
    expect(manats).toEqual([45, 1000]);
    expect(Math.floor(manats[1]! / manats[0]!)).toBe(22);
  });

  it('dollar amounts are marked as approximations', () => {
    expect(rows.filter((row) => row.unit === 'US dollars').every((row) => row.qualifier === 'around')).toBe(true);
  });
});

describe('legal-involuntary-migrants-1997', () => {
  it('Kazakhstan and Russia are 9 persons short of the total of 2,525', () => {
    const rows = rowsOf('legal-involuntary-migrants-1997');
    const total = rows.find((row) => row.row_type === 'Total')?.persons as number;
    const sum = sumOf(rows.filter((row) => row.row_type === 'Country'), 'persons') as number;
    expect(total - sum).toBe(9);
  });
});

describe('general datasets', () => {
  it('general-labour-migrant-share: a range, low below high', () => {
    const [row] = rowsOf('general-labour-migrant-share');
    expect([row!.low, row!.high]).toEqual([16, 25]);
  });

  it('general-factbook-indicators: shares stay within 0-100', () => {
    const shares = rowsOf('general-factbook-indicators').filter((row) => row.unit === 'per cent');
    expect(shares).toHaveLength(6);
    for (const row of shares) expect(row.value as number).toBeLessThanOrEqual(100);
  });

  it('general-factbook-top-countries: ranks run 1..n in each list', () => {
    const rows = rowsOf('general-factbook-top-countries');
    for (const [direction, n] of [
      ['Destination of emigrants', 10],
      ['Source of immigrants', 4],
    ] as const) {
      expect(rows.filter((row) => row.direction === direction).map((row) => row.rank)).toEqual(
        Array.from({ length: n }, (_, i) => i + 1),
      );
    }
  });
});
