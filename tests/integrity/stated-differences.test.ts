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

// Imported here, beside the cases that use it, so other additions to this file merge cleanly.
import { sumOf as sumOfColumn } from './rows.ts';

/** A chapter's text with line breaks and runs of spaces collapsed, so a sentence matches across lines. */
const chapter = (name: string) => fs.readFileSync(`content/${name}.mdx`, 'utf8').replace(/\s+/g, ' ');
const persons = (id: string, match: (row: Record<string, unknown>) => boolean) => {
  const found = rowsOf(id).filter(match);
  if (found.length !== 1) throw new Error(`${id}: expected one row, found ${found.length}`);
  return found[0]!.persons as number;
};

describe('stated differences: trafficking', () => {
  const trafficking = chapter('trafficking');
  const table4 = (measure: string) => persons('trafficking-offenders-victims-table4', (row) => row.period === '2010' && row.measure === measure);
  const ministry = (period: string, measure: string) =>
    persons('trafficking-official-counts-2006-2012', (row) => row.period === period && row.measure === measure);
  const destinations = (year: number) => rowsOf('trafficking-victims-by-destination').filter((row) => row.year === year);
  const victimsFound2010 = ministry('2010', 'Victims of trafficking discovered');

  it('the table of differing figures prints the 2010 counts of Table 4 and of the Ministry', () => {
    const row = (label: string) => {
      const match = trafficking.match(new RegExp(`\\| 2010 \\| ${label} \\| (\\d+) \\|`));
      expect(match, `table row "${label}"`).not.toBeNull();
      return Number(match![1]);
    };
    expect(row('Victims')).toBe(table4('Victims'));
    expect(row('Victims of trafficking found')).toBe(victimsFound2010);
    expect(row('Human traffickers registered under article 144-1')).toBe(table4('Human traffickers (according to Art. 144-1)'));
    expect(row('Persons convicted of trafficking')).toBe(ministry('2010', 'Persons convicted of trafficking'));
  });

  it('"Table 4 and the Ministry agree on the number of victims"; the US categories "do not add up to it"', () => {
    expect(trafficking).toContain('Table 4 and the Ministry agree on the number of victims');
    expect(trafficking).toContain('three categories for the same year do not add up to it');
    expect(victimsFound2010).toBe(table4('Victims'));
    const us2010 = rowsOf('trafficking-victims-identified-2009-2010').filter((row) => row.year === 2010);
    expect(sumOfColumn(us2010, 'persons')).not.toBe(table4('Victims'));
  });

  it('"more people were convicted than victims were found" in 2010', () => {
    expect(trafficking).toContain('more people were convicted than victims were found that year');
    expect(ministry('2010', 'Persons convicted of trafficking')).toBeGreaterThan(victimsFound2010);
  });

  it('the destinations of 2010 "account for all the victims found", those of 2012 for fewer than were referred', () => {
    expect(trafficking).toContain('The destinations of 2010 account for all the victims found that year');
    expect(trafficking).toContain('Those of 2012 account for fewer people than were referred to support centres');
    expect(sumOfColumn(destinations(2010), 'persons')).toBe(victimsFound2010);
    expect(sumOfColumn(destinations(2012), 'persons')!).toBeLessThan(ministry('2012', 'Victims of trafficking referred to support centres'));
  });
});

describe('stated differences: remittances', () => {
  const remittances = chapter('remittances');
  const flow = (flowName: string, year: number, component = 'Total') => {
    const found = rowsOf('remittance-flows').filter((row) => row.flow === flowName && row.year === year && row.component === component);
    if (found.length !== 1) throw new Error(`remittance-flows: expected one row for ${flowName} ${year} ${component}`);
    return found[0]!.usd_millions as number | null;
  };
  const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

  it('inflows exceed outflows in every year from 2003 to 2009, slightly in 2003 (171 against 169)', () => {
    expect(remittances).toContain('inflows exceed outflows in every year from 2003 to 2009');
    for (const year of years(2003, 2009)) expect(flow('Inward', year)!).toBeGreaterThan(flow('Outward', year)!);
    const match = remittances.match(/slightly larger than outward flows in 2003 \(US\$ (\d+) against (\d+) million\)/);
    expect(match, 'the sentence on 2003').not.toBeNull();
    expect(match!.slice(1).map(Number)).toEqual([flow('Inward', 2003), flow('Outward', 2003)]);
  });

  it('outward flows "grew every year from 2003 to 2009"', () => {
    expect(remittances).toContain('Outward flows grew every year from 2003 to 2009');
    for (const year of years(2004, 2009)) expect(flow('Outward', year)!).toBeGreaterThan(flow('Outward', year - 1)!);
  });

  it("outward workers' remittances against compensation of employees: ahead in 2003, behind in 2004, ahead from 2005", () => {
    const workers = (year: number) => flow('Outward', year, "Workers' remittances")!;
    const compensation = (year: number) => flow('Outward', year, 'Compensation of employees')!;
    expect(remittances).toContain("in 2004 compensation of employees was the larger of the two (US$ 108 against 65 million)");
    expect(workers(2003)).toBeGreaterThan(compensation(2003));
    expect([compensation(2004), workers(2004)]).toEqual([108, 65]);
    for (const year of years(2005, 2009)) expect(workers(year)).toBeGreaterThan(compensation(year));
  });

  it("2008's inward total, of which workers' remittances were 1,416, is the peak of the years tabulated", () => {
    expect(remittances).toContain("in 2008, US$ 1,416 million of that year's peak total");
    expect(flow('Inward', 2008, "Workers' remittances")).toBe(1416);
    for (const year of years(2003, 2010)) expect(flow('Inward', year)!).toBeLessThanOrEqual(flow('Inward', 2008)!);
  });
});

describe('stated differences: irregular migration', () => {
  const chapter = fs.readFileSync('content/irregular-migration.mdx', 'utf8').replace(/\s+/g, ' ');
  const deportations = rowsOf('irregular-deportations-2011-by-country');
  const deportedBy = deportations.filter((row) => row.level === 'Country of origin');
  const registered = rowsOf('irregular-registered-2008-by-citizenship');
  const registeredBy = registered.filter((row) => row.level === 'Citizenship');
  const totalOf = (rows: Record<string, unknown>[]) => rows.find((row) => row.level === 'Total')!.persons as number;
  const sumPersons = (rows: Record<string, unknown>[]) => rows.reduce((sum, row) => sum + (row.persons as number), 0);

  it('deportations 2011: "each of the other six countries listed accounted for between 19 and 50 people"', () => {
    const match = chapter.match(/each of the other (\w+) countries listed accounted for between (\d+) and (\d+) people/);
    expect(match, 'the sentence on the smaller countries of origin').not.toBeNull();
    const [, countSaid, lowSaid, highSaid] = match!;
    const others = deportedBy.slice(4).map((row) => row.persons as number);
    expect(countSaid).toBe(['zero', 'one', 'two', 'three', 'four', 'five', 'six'][others.length]);
    expect(Number(lowSaid)).toBe(Math.min(...others));
    expect(Number(highSaid)).toBe(Math.max(...others));
    // The four named first are the four largest.
    const firstFour = deportedBy.slice(0, 4).map((row) => row.persons as number);
    expect(Math.min(...firstFour)).toBeGreaterThan(Math.max(...others));
  });

  it('the lists of 2011 deportations and 2008 registrations "do not add up to the totals printed with them"', () => {
    expect(chapter).toContain('the other two do not add up to the totals printed with them');
    expect(sumPersons(deportedBy)).toBeLessThan(totalOf(deportations));
    expect(sumPersons(registeredBy)).toBeLessThan(totalOf(registered));
  });

  it('Turkey heads both the 2008 registrations and the 2011 deportations, as the chapter says', () => {
    expect(chapter).toContain('Turkey also heads the list of deportations in 2011');
    const largest = (rows: Record<string, unknown>[], column: string) =>
      rows.reduce((best, row) => ((row.persons as number) > (best.persons as number) ? row : best))[column];
    expect(largest(registeredBy, 'citizenship')).toBe('Turkey');
    expect(largest(deportedBy, 'country')).toBe('Turkey');
  });

  it('border violators 2009: the order the chapter gives is the order of the counts', () => {
    const match = chapter.match(/Iran comes first, followed by Turkey, Georgia, the Russian Federation and Pakistan/);
    expect(match, 'the sentence on the order of countries of origin').not.toBeNull();
    const rows = rowsOf('irregular-border-violators-2009-by-country');
    const byCount = [...rows].sort((a, b) => (b.persons as number) - (a.persons as number)).map((row) => row.country);
    expect(byCount).toEqual(['Iran', 'Turkey', 'Georgia', 'Russian Federation', 'Pakistan']);
  });
});

describe('stated differences: Azerbaijanis abroad', () => {
  const chapter = fs.readFileSync('content/abroad.mdx', 'utf8').replace(/\s+/g, ' ');

  it('Russian citizenship: "the wish to stay was stronger in the provinces than in the capital"', () => {
    expect(chapter).toContain('The wish to stay was stronger in the provinces than in the capital');
    const rows = rowsOf('abroad-russian-citizenship-intentions-by-city');
    const moscow = rows.find((row) => row.city === 'Moscow')!.percent as number;
    const provinces = rows.filter((row) => row.city !== 'Moscow').map((row) => row.percent as number);
    expect(provinces.length).toBeGreaterThan(0);
    for (const share of provinces) expect(share).toBeGreaterThan(moscow);
  });

  it('"What is Moscow for you?": each group\'s shares add up to more than 100 per cent', () => {
    expect(chapter).toContain("each group's shares add up to more than 100 per cent");
    const rows = rowsOf('abroad-moscow-survey-2002-what-is-moscow');
    const groups = [...new Set(rows.map((row) => row.respondents))];
    expect(groups).toHaveLength(3);
    for (const group of groups) {
      const total = rows.filter((row) => row.respondents === group).reduce((sum, row) => sum + (row.percent as number), 0);
      expect(total, String(group)).toBeGreaterThan(100);
    }
  });

  it('"What is Moscow for you?": the Russians\' two answers that "almost none of the Azerbaijanis gave"', () => {
    expect(chapter).toMatch(/Moscow is a Russian city \((\d+) per cent\), and (\d+) per cent called it the capital of the Rus'/);
    const [, russianCity, rus] = chapter.match(/Moscow is a Russian city \((\d+) per cent\), and (\d+) per cent called it the capital of the Rus'/)!.map(Number);
    const rows = rowsOf('abroad-moscow-survey-2002-what-is-moscow');
    const share = (answer: string, respondents: string) =>
      rows.find((row) => row.answer === answer && row.respondents === respondents)!.percent as number;
    expect(russianCity).toBe(share('It is a Russian city', 'Russian Muscovites'));
    expect(rus).toBe(share("It is the capital of the Rus'", 'Russian Muscovites'));
    // The most frequent answer of the Russians is indeed "a Russian city".
    const russians = rows.filter((row) => row.respondents === 'Russian Muscovites').map((row) => row.percent as number);
    expect(Math.max(...russians)).toBe(russianCity);
    for (const group of ['Azerbaijanis: long-term residents', 'Azerbaijanis: migrants']) {
      expect(share('It is a Russian city', group)).toBeLessThanOrEqual(3);
      expect(share("It is the capital of the Rus'", group)).toBeLessThanOrEqual(3);
    }
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

  it('end of 2008: the citizenships given against the registered irregular migrants', () => {
    const [citizenships, totalSaid, short] = stated(prose, /The (\w+) citizenships given for the ([\d,]+) irregular migrants registered at the end of 2008 fall ([\d,]+) short of that total/, 'citizenships');
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
    const [answers, sum] = stated(prose, /The (\w+) answers on labour migrants' economic situation add up to (\d+) per cent/, 'ILO answers');
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
    states(/The 1994 figure and\s+the February 2008 total share all but two digits/, 'the sentence on the two digits');
    const of1994 = String(personsOf(rowsOf('displacement-conflict-totals'), 'measure', 'Refugees or IDPs residing'));
    const of2008 = String(personsOf(february2008, 'level', 'Total'));
    expect(of1994).toHaveLength(of2008.length);
    expect([...of1994].filter((digit, index) => digit !== of2008[index])).toHaveLength(2);
  });

  it('the table of conflicting totals compares the five totals the chart draws, each from the report the chart names', () => {
    const table = rowsOf('displacement-conflicting-totals').map((row) => [row.figure, row.source]);
    const chart = rowsOf('displacement-totals-compared').map((row) => [row.persons, row.reported_in === 'Yunusov 2013' ? 'yunusov-2013' : 'shahgaldiyev-2016']);
    expect(table.sort()).toEqual(chart.sort());
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

describe('comparison tables repeat the figures of the datasets they compare', () => {
  it('the 2007 registered foreigners: each count is a 2007 count of the same ministry in the agency dataset', () => {
    const agency = rowsOf('irregular-agency-counts-2007-2008').filter((row) => row.year === 2007 && row.category === 'Foreign nationals');
    const table = rowsOf('irregular-registered-foreigners-2007');
    expect(table).toHaveLength(3);
    for (const row of table) {
      const ministry = String(row.produced_by).split(',')[0]!;
      expect(agency.filter((candidate) => candidate.persons === row.figure && String(candidate.reported_by).startsWith(ministry)), String(row.figure)).toHaveLength(1);
    }
  });
});
