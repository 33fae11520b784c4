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
