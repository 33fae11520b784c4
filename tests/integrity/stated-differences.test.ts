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

describe('stated differences: legal migration chapter', () => {
  const chapter = fs.readFileSync('content/legal-migration.mdx', 'utf8').replace(/\s+/g, ' ');
  /** The numbers a sentence of the chapter states, in order (T: how many). */
  const said = <T extends number[]>(pattern: RegExp, what: string): T => {
    const match = chapter.match(pattern);
    expect(match, what).not.toBeNull();
    return match!.slice(1).map((value) => Number(value.replace(/,/g, ''))) as T;
  };
  const total = (id: string, year: number) => {
    const row = rowsOf(id).find((candidate) => candidate.row_type === 'Total' && candidate.year === year);
    if (!row) throw new Error(`${id}: no Total row for ${year}`);
    return row.persons as number;
  };
  const table1 = (year: number) => {
    const row = rowsOf('legal-international-migration').find((candidate) => candidate.year === year);
    if (!row) throw new Error(`legal-international-migration: no row for ${year}`);
    return row as { arrivals: number; departures: number };
  };
  const inThousands = (persons: number) => Math.round(persons / 100) / 10;

  it('Table 1: from 2002 on, arrivals peak in 2008, the first year given in which they exceed departures', () => {
    const [departures] = said<[number]>(
      /From 2002 onwards, departures fell .*? Within these years arrivals peaked in 2008, the first of the years given in which they exceeded departures \(([\d.]+) thousand that year\)/,
      'the sentence on the 2008 peak',
    );
    const rows = rowsOf('legal-international-migration') as { year: number; arrivals: number; departures: number }[];
    const peak = rows.filter((row) => row.year >= 2002).reduce((best, row) => (row.arrivals > best.arrivals ? row : best));
    expect(peak.year).toBe(2008);
    expect(rows.find((row) => row.arrivals > row.departures)?.year).toBe(2008);
    expect(departures).toBe(table1(2008).departures);
    const recent = rows.filter((row) => row.year >= 2002);
    const [from, to, low, high] = said<[number, number, number, number]>(
      /From 2002 onwards, departures fell from ([\d.]+) thousand to ([\d.]+) thousand in 2010, while arrivals moved between ([\d.]+) and ([\d.]+) thousand/,
      'the sentence on 2002-2010',
    );
    expect([from, to]).toEqual([table1(2002).departures, table1(2010).departures]);
    recent.slice(1).forEach((row, index) => expect(row.departures).toBeLessThan(recent[index]!.departures));
    expect([low, high]).toEqual([Math.min(...recent.map((row) => row.arrivals)), Math.max(...recent.map((row) => row.arrivals))]);
  });

  it('ILO motivations: the four shares add up to the total the chapter states', () => {
    const [sum] = said<[number]>(/The four shares add up to (\d+) per cent/, 'the sentence on the ILO shares');
    const shares = rowsOf('legal-ilo-motivations').map((row) => row.share_percent as number);
    expect(shares).toHaveLength(4);
    expect(sum).toBe(shares.reduce((a, b) => a + b, 0));
  });

  it('Tables 1-3: arrivals in 2008 disagree, the other shared totals agree once rounded', () => {
    const [persons, thousands] = said<[number, number]>(
      /do not agree on arrivals in 2008: Table 3 counts ([\d,]+) persons, while Table 1 gives ([\d.]+) thousand/,
      'the sentence on the 2008 disagreement',
    );
    expect(persons).toBe(total('legal-arrivals-by-country', 2008));
    expect(thousands).toBe(table1(2008).arrivals);
    expect(inThousands(persons)).not.toBe(thousands);
    const [a1, a2, d1, d2, d3] = said<[number, number, number, number, number]>(
      /arrivals in (\d{4}) and (\d{4}), and departures in (\d{4}), (\d{4}) and (\d{4})\. The report does not explain/,
      'the list of totals that agree',
    );
    for (const year of [a1, a2]) expect(inThousands(total('legal-arrivals-by-country', year))).toBe(table1(year).arrivals);
    for (const year of [d1, d2, d3]) expect(inThousands(total('legal-departures-by-country', year))).toBe(table1(year).departures);
  });

  it('Tables 2 and 3: departures larger in 2006, arrivals larger in 2008, with the counts given', () => {
    const [dep2006, arr2006, arr2008, dep2008] = said<[number, number, number, number]>(
      /In 2006 departures were still the larger number \(([\d,]+) against ([\d,]+) arrivals\); in 2008 arrivals were \(([\d,]+) against ([\d,]+)\)/,
      'the sentence on 2006 and 2008 totals',
    );
    expect([dep2006, arr2006]).toEqual([total('legal-departures-by-country', 2006), total('legal-arrivals-by-country', 2006)]);
    expect([arr2008, dep2008]).toEqual([total('legal-arrivals-by-country', 2008), total('legal-departures-by-country', 2008)]);
    expect(dep2006).toBeGreaterThan(arr2006);
    expect(arr2008).toBeGreaterThan(dep2008);
  });

  it('Table 2: departures to Kazakhstan and Turkey higher in 2010 than in 1995, by the counts given', () => {
    const [kz2010, kz1995, tr2010, tr1995] = said<[number, number, number, number]>(
      /Departures to Kazakhstan and Turkey, by contrast, were higher in 2010 than in 1995 \((\d+) against (\d+), and (\d+) against (\d+)\)/,
      'the sentence on Kazakhstan and Turkey',
    );
    const departures = (country: string, year: number) =>
      rowsOf('legal-departures-by-country').find((row) => row.country === country && row.year === year)?.persons;
    expect([kz2010, kz1995]).toEqual([departures('Kazakhstan', 2010), departures('Kazakhstan', 1995)]);
    expect([tr2010, tr1995]).toEqual([departures('Turkey', 2010), departures('Turkey', 1995)]);
    expect(kz2010).toBeGreaterThan(kz1995);
    expect(tr2010).toBeGreaterThan(tr1995);
  });

  it('Russia: more arrivals than departures in exactly the years the chapter names', () => {
    said(/in 2008 and 2010 more people came from Russia to settle than left for it/, 'the sentence on Russia');
    const rows = rowsOf('legal-moves-by-country').filter((row) => row.country === 'Russian Federation');
    const years = [...new Set(rows.map((row) => row.year as number))];
    const persons = (direction: string, year: number) =>
      rows.find((row) => row.direction === direction && row.year === year)?.persons as number;
    expect(years.filter((year) => persons('Arrivals', year) > persons('Departures', year))).toEqual([2008, 2010]);
  });
});

describe('stated differences: displacement chapter', () => {
  const chapter = fs.readFileSync('content/displacement.mdx', 'utf8').replace(/\s+/g, ' ');
  const states = (pattern: RegExp, what: string) => expect(chapter, what).toMatch(pattern);
  const february2008 = rowsOf('displacement-refugees-idps-asylum-2008');
  const personsOf = (rows: Record<string, unknown>[], column: string, startsWith: string) => {
    const row = rows.find((candidate) => String(candidate[column]).startsWith(startsWith));
    if (!row) throw new Error(`no row whose ${column} starts with "${startsWith}"`);
    return row.persons as number;
  };

  it('February 2008: the four parts, taken at face value, come to more than the published total', () => {
    states(/the four parts come to more than the published total/, 'the sentence on the four parts');
    const total = personsOf(february2008, 'level', 'Total');
    const parts = february2008.filter((row) => row.level === 'Part').map((row) => row.persons as number);
    expect(parts).toHaveLength(4);
    expect(parts.reduce((a, b) => a + b, 0)).toBeGreaterThan(total);
  });

  it('the 1994 figure and the February 2008 total differ in exactly two digits', () => {
    states(/The 1994 figure and the February 2008 total differ only in two digits/, 'the sentence on the two digits');
    const of1994 = String(personsOf(rowsOf('displacement-conflict-totals'), 'measure', 'Refugees or IDPs residing'));
    const of2008 = String(personsOf(february2008, 'level', 'Total'));
    expect(of1994).toHaveLength(of2008.length);
    expect([...of1994].filter((digit, index) => digit !== of2008[index])).toHaveLength(2);
  });

  it('seeking refuge: two of the groups are each larger than the "close to 3,000" asylum seekers', () => {
    states(/two of the groups are each larger than that number/, 'the sentence on the groups seeking refuge');
    const asylumSeekers = personsOf(february2008, 'group', 'Asylum seekers');
    const larger = rowsOf('displacement-asylum-seekers-by-origin').filter((row) => (row.persons as number) > asylumSeekers);
    expect(larger).toHaveLength(2);
  });

  it('the undated "some 8,000" Chechens lie between the 2001 and the later count', () => {
    states(/"some 8,000" Chechens lies between these two counts/, 'the sentence on the 8,000 Chechens');
    const chechens = personsOf(rowsOf('displacement-asylum-seekers-by-origin'), 'group', 'Ethnic Chechens');
    const counts = rowsOf('displacement-refugees-yunusov').filter((row) => row.group === 'Chechen refugees').map((row) => row.value as number);
    expect(counts).toHaveLength(2);
    expect(chechens).toBeGreaterThan(Math.min(...counts));
    expect(chechens).toBeLessThan(Math.max(...counts));
  });
});
