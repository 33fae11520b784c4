/**
 * Differences the chapters state between two published figures ("N short of M")
 * are recomputed from the datasets, so a sentence cannot contradict its data.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowsOf } from './rows.ts';

const text = fs.readFileSync('content/sources-and-methods.mdx', 'utf8').replace(/\s+/g, ' ');
const numberOf = (id: string, measure: string) => {
  const row = rowsOf(id).find((candidate) => candidate.measure === measure);
  if (!row) throw new Error(`${id}: no row "${measure}"`);
  return row.number as number;
};

describe('stated differences', () => {
  it('2007 asylum decisions: persons granted and refused, against persons who applied', () => {
    const applied = numberOf('displacement-asylum-decisions-2007', 'Applied for refugee status');
    const granted = numberOf('displacement-asylum-decisions-2007', 'Persons granted refugee status');
    const refused = numberOf('displacement-asylum-decisions-2007', 'Applicants denied refugee status');
    const match = text.match(/\((\d+) and (\d+), together (\d+)\) fall (\d+) short of the (\d+) persons who applied/);
    expect(match, 'the sentence on 2007 asylum decisions').not.toBeNull();
    const [, grantedSaid, refusedSaid, togetherSaid, shortSaid, appliedSaid] = match!.map(Number);
    expect([grantedSaid, refusedSaid, appliedSaid]).toEqual([granted, refused, applied]);
    expect(togetherSaid).toBe(granted + refused);
    expect(shortSaid).toBe(applied - granted - refused);
  });
});

/** Reads "1,287", "3.6" or a number word of the chapters ("three") as a number. */
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const asNumber = (said: string) => WORD_NUMBERS[said.toLowerCase()] ?? Number(said.replaceAll(',', ''));
const proseOf = (file: string) => fs.readFileSync(file, 'utf8').replace(/\s+/g, ' ');
/** The numbers a sentence states, found by a pattern whose groups are the numbers. */
function stated(prose: string, pattern: RegExp, what: string): number[] {
  const match = prose.match(pattern);
  if (!match) throw new Error(`${what}: sentence not found (${pattern})`);
  return match.slice(1).map(asNumber);
}
const personsWhere = (id: string, test: (row: Record<string, unknown>) => boolean) =>
  rowsOf(id).filter(test).map((row) => row.persons as number);
const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
/** The count of the one row that passes the test. */
function personsOfOne(id: string, test: (row: Record<string, unknown>) => boolean): number {
  const [persons, ...more] = personsWhere(id, test);
  if (persons === undefined || more.length > 0) throw new Error(`${id}: expected exactly one matching row`);
  return persons;
}

describe('stated differences: sources and methods, parts that do not make the total', () => {
  const prose = proseOf('content/sources-and-methods.mdx');

  it('deportations 2011: the listed countries against the total', () => {
    const [countries, totalSaid, short] = stated(prose, /The (\w+) countries listed for the ([\d,]+) foreigners deported in 2011 fall ([\d,]+) short of that total/, 'deportations');
    const listed = personsWhere('irregular-deportations-2011-by-country', (row) => row.level === 'Country of origin');
    const published = personsOfOne('irregular-deportations-2011-by-country', (row) => row.level === 'Total');
    expect([countries, totalSaid]).toEqual([listed.length, published]);
    expect(short).toBe(published - total(listed));
  });

  it('February 2008: the four groups against the total of refugees, IDPs and asylum seekers', () => {
    const [groups, totalSaid, more] = stated(prose, /The (\w+) groups making up the ([\d,]+) refugees, IDPs and asylum seekers of February 2008 add up to ([\d,]+) more than that total/, 'displaced groups');
    const parts = personsWhere('displacement-refugees-idps-asylum-2008', (row) => row.level === 'Part');
    const published = personsOfOne('displacement-refugees-idps-asylum-2008', (row) => row.level === 'Total');
    expect([groups, totalSaid]).toEqual([parts.length, published]);
    expect(more).toBe(total(parts) - published);
  });

  it('end of 2008: the citizenships given against the registered illegal migrants', () => {
    const [citizenships, totalSaid, short] = stated(prose, /The (\w+) citizenships given for the ([\d,]+) illegal migrants registered at the end of 2008 fall ([\d,]+) short of that total/, 'citizenships');
    const listed = personsWhere('irregular-registered-2008-by-citizenship', (row) => row.level === 'Citizenship');
    const published = personsOfOne('irregular-registered-2008-by-citizenship', (row) => row.level === 'Total');
    expect([citizenships, totalSaid]).toEqual([listed.length, published]);
    expect(short).toBe(published - total(listed));
  });

  it('1 April 2011: the foreign students against 20 per cent of all foreigners', () => {
    const [students, more, share] = stated(prose, /The ([\d,]+) foreign students of 1 April 2011 are ([\d,]+) more than the (\d+) per cent of all foreigners/, 'students');
    const rows = rowsOf('legal-foreigners-by-category');
    const all = personsOfOne('legal-foreigners-by-category', (row) => row.row_type === 'Total');
    const student = rows.find((row) => row.category === 'Students')!;
    const studentCount = student.persons as number;
    const studentShare = student.share_percent as number;
    expect([students, share]).toEqual([studentCount, studentShare]);
    expect(more).toBe(studentCount - (all * studentShare) / 100);
  });

  it('2012: the destinations given against the victims referred to support centres', () => {
    const [referredSaid, fewer] = stated(prose, /In 2012, ([\d,]+) trafficking victims were referred to support centres, but the destinations given cover ([\d,]+) fewer/, '2012 victims');
    const referred = personsOfOne('trafficking-official-counts-2006-2012', (row) => row.period === '2012');
    const destinations = personsWhere('trafficking-victims-by-destination', (row) => row.year === 2012);
    expect(referredSaid).toBe(referred);
    expect(fewer).toBe(referred - total(destinations));
  });

  it('ILO: the four answers on the economic situation add up to 91 per cent', () => {
    const [answers, sum] = stated(prose, /The (\w+) answers on migrant workers' economic situation add up to (\d+) per cent/, 'ILO answers');
    const rows = rowsOf('legal-ilo-motivations');
    expect(answers).toBe(rows.length);
    expect(sum).toBe(total(rows.map((row) => row.share_percent as number)));
  });

  it('Table 5: the components of a flow differ from its total by at most the 1 million dollars stated', () => {
    const [gap] = stated(prose, /the components of a remittance flow sometimes differ from its total by (\d+) million dollars/, 'Table 5');
    const rows = rowsOf('remittance-flows');
    const differences: number[] = [];
    for (const row of rows.filter((candidate) => candidate.component === 'Total' && typeof candidate.usd_millions === 'number')) {
      const parts = rows.filter((candidate) => candidate.flow === row.flow && candidate.year === row.year && candidate.component !== 'Total');
      if (parts.some((part) => typeof part.usd_millions !== 'number')) continue;
      differences.push(Math.abs(total(parts.map((part) => part.usd_millions as number)) - (row.usd_millions as number)));
    }
    expect(Math.max(...differences)).toBe(gap);
    expect(differences).toContain(0);
  });
});

describe('stated differences: trafficking victims of 2010 in the 2016 report', () => {
  const victims2010 = personsWhere('trafficking-victims-identified-2009-2010', (row) => row.year === 2010);
  const sexTrafficking2010 = personsWhere('trafficking-victims-identified-2009-2010', (row) => row.year === 2010 && row.exploitation === 'Sex trafficking');

  it('sources and methods: 31 women and three children in sex trafficking and three men in forced labour, 37 in all', () => {
    const prose = proseOf('content/sources-and-methods.mdx');
    const [women, children, men, all] = stated(prose, /counts (\d+) adult women and (\w+) children in sex trafficking and (\w+) men in forced labour, (\d+) in all/, 'sources and methods');
    expect([women, children, men]).toEqual(victims2010);
    expect(all).toBe(total(victims2010));
  });

  it('data management: the three groups come to 37, the two groups of sex-trafficking victims to 34', () => {
    const prose = proseOf('content/data-management.mdx');
    const [groups, all, sexGroups, sex] = stated(prose, /Together the (\w+) groups come to (\d+); the (\w+) groups of sex-trafficking victims alone make (\d+)/, 'data management');
    expect([groups, all]).toEqual([victims2010.length, total(victims2010)]);
    expect([sexGroups, sex]).toEqual([sexTrafficking2010.length, total(sexTrafficking2010)]);
  });
});

describe('stated differences: arrivals of 2008 in Tables 1 and 3 of the 2016 report', () => {
  it('data management: 3.6 thousand against 3,957 persons, while the other shared years agree once rounded', () => {
    const prose = proseOf('content/data-management.mdx');
    const [table1Said, table3Said] = stated(prose, /Table 1 gives ([\d.]+) thousand arrivals, Table 3 a total of ([\d,]+) persons, although the other years shown in both agree once rounded/, 'arrivals 2008');
    const table1 = new Map(rowsOf('legal-international-migration').map((row) => [row.year as number, row.arrivals as number]));
    const table3 = new Map(rowsOf('legal-arrivals-by-country').filter((row) => row.row_type === 'Total').map((row) => [row.year as number, row.persons as number]));
    expect([table1Said, table3Said]).toEqual([table1.get(2008), table3.get(2008)]);
    const shared = [...table3.keys()].filter((year) => table1.has(year));
    const disagreeing = shared.filter((year) => Math.round(table3.get(year)! / 100) / 10 !== table1.get(year));
    expect(disagreeing).toEqual([2008]);
    expect(shared.length).toBeGreaterThan(1);
  });
});
