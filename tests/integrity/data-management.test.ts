/**
 * The migration data network of the 2023 ICMPD study (institutions, systems,
 * links), its 11 recommendations and definitions, and the per-report
 * timelines. The source has no arithmetic to check here; these tests keep the
 * network's ids consistent and the timelines well-formed and in order.
 */
import { describe, expect, it } from 'vitest';
import { rowsOf } from './rows.ts';

const institutions = rowsOf('data-management-institutions');
const systems = rowsOf('data-management-systems');
const links = rowsOf('data-management-links');
const recommendations = rowsOf('data-management-recommendations');
const definitions = rowsOf('data-management-definitions');

const institutionIds = institutions.map((row) => row.id as string);
const systemIds = systems.map((row) => row.id as string);
const nodeIds = new Set([...institutionIds, ...systemIds]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('data-management network ids', () => {
  it('has no duplicate ids, within or across institutions and systems', () => {
    expect(duplicates(institutionIds)).toEqual([]);
    expect(duplicates(systemIds)).toEqual([]);
    expect(institutionIds.filter((id) => systemIds.includes(id))).toEqual([]);
  });

  it('writes every id as a lower-case slug', () => {
    expect([...nodeIds].filter((id) => !SLUG.test(id))).toEqual([]);
  });

  it('includes the institutions the study has a chapter on', () => {
    for (const id of ['sms', 'sbs', 'mia', 'mlsp', 'moj', 'diaspora', 'refugees-idps', 'mfa', 'ssc']) {
      expect(institutionIds).toContain(id);
    }
  });

  it('includes UMIS, IAMAS and the State Population Register', () => {
    for (const id of ['umis', 'iamas', 'state-population-register']) expect(systemIds).toContain(id);
  });
});

describe('data-management-systems', () => {
  it('names a known institution as owner wherever an owner is given', () => {
    const unknown = systems.filter((row) => row.owner !== null && !institutionIds.includes(row.owner as string));
    expect(unknown.map((row) => `${row.id}: ${row.owner}`)).toEqual([]);
  });

  it('leaves the owner blank only where the report names none (see notes)', () => {
    expect(systems.filter((row) => row.owner === null).map((row) => row.id)).toEqual([
      'iamas',
      'iamas-migration',
      'iamas-statistics',
      'iamas-login',
      'licences-permits-portal',
      'electronic-execution',
      'egov-information-system',
      'asis',
    ]);
  });

  it('gives UMIS to the SMS and the State Population Register to the MoJ', () => {
    expect(systems.find((row) => row.id === 'umis')?.owner).toBe('sms');
    expect(systems.find((row) => row.id === 'state-population-register')?.owner).toBe('moj');
  });

  it('nests systems only in known systems, never in themselves', () => {
    for (const row of systems) {
      if (row.part_of === null) continue;
      expect(systemIds).toContain(row.part_of);
      expect(row.part_of).not.toBe(row.id);
    }
  });
});

describe('data-management-links', () => {
  it('joins only known institutions and systems', () => {
    const broken = links.flatMap((row) =>
      [row.from, row.to].filter((end) => !nodeIds.has(end as string)).map((end) => `${row.from} -> ${row.to}: ${end}`),
    );
    expect(broken).toEqual([]);
  });

  it('has no self-loops and no duplicate flows', () => {
    expect(links.filter((row) => row.from === row.to)).toEqual([]);
    expect(duplicates(links.map((row) => `${row.from}|${row.to}|${row.data}`))).toEqual([]);
  });

  it('leaves no institution or system unconnected', () => {
    const connected = new Set(links.flatMap((row) => [row.from as string, row.to as string]));
    // Parts of IAMAS named only as parts (contents undescribed), the diaspora database and ASIS have no described flow.
    const isolated = [...nodeIds].filter((id) => !connected.has(id));
    expect(isolated.sort()).toEqual(
      ['asan', 'asis', 'diaspora', 'diaspora-database', 'electronic-execution', 'iamas-login', 'iamas-statistics', 'licences-permits-portal', 'mlsp-analysis'].sort(),
    );
  });

  it('has no IAMAS-to-SSC flow: the SSC has no direct access to IAMAS', () => {
    expect(links.filter((row) => row.from === 'iamas' && row.to === 'ssc')).toEqual([]);
  });

  it('has a row for each of the seven SMS data partners with an exchange (section 1.4 lists nine, two with no direct exchange)', () => {
    const partners = new Set(
      links.filter((row) => row.from === 'sms' && row.locator === 'Section 1.4').map((row) => row.to),
    );
    expect([...partners].sort()).toEqual(['mfa', 'mia', 'mlsp', 'moj', 'sbs', 'tax'].sort());
    // The seventh partner, the SSC, has its own row citing sections 1.4, 1.6 and 10.3.
    expect(links.some((row) => row.from === 'sms' && row.to === 'ssc' && String(row.locator).includes('Section 1.4'))).toBe(true);
    expect(links.some((row) => row.from === 'sms' && (row.to === 'asan' || row.to === 'refugees-idps'))).toBe(false);
  });
});

describe('data-management-recommendations', () => {
  it('has exactly 11 recommendations numbered 1 to 11 in order', () => {
    expect(recommendations.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives every recommendation a paraphrase and a reason', () => {
    for (const row of recommendations) {
      expect(String(row.recommendation).length).toBeGreaterThan(20);
      expect(String(row.reason).length).toBeGreaterThan(20);
    }
  });
});

describe('data-management-definitions', () => {
  it('has no duplicate terms', () => {
    expect(duplicates(definitions.map((row) => row.term as string))).toEqual([]);
  });

  it('gives a unit with every threshold and none without', () => {
    for (const row of definitions) expect(row.threshold === null).toBe(row.threshold_unit === null);
  });

  it('keeps the 12-month criterion of usual residence', () => {
    const usual = definitions.find((row) => row.term === 'Country of usual residence');
    expect(usual?.threshold).toBe(12);
    expect(usual?.threshold_unit).toBe('months');
  });
});

const timelines: Record<string, number> = {
  'timeline-shahgaldiyev-2016': 2016,
  'timeline-yunusov-2013': 2013,
  'timeline-rumyansev-2013': 2013,
  'timeline-icmpd-2023': 2023,
};

function isRealDate(date: string): boolean {
  const [year = NaN, month, day] = date.split('-').map(Number);
  if (!Number.isInteger(year)) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

describe.each(Object.entries(timelines))('%s', (id, reportYear) => {
  const rows = rowsOf(id);
  const dates = rows.map((row) => row.date as string);

  it('has events', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('has only real calendar dates', () => {
    expect(dates.filter((date) => !isRealDate(date))).toEqual([]);
  });

  it('is sorted by date (a year-only date before the dated events of that year)', () => {
    const sorted = [...dates].sort();
    expect(dates).toEqual(sorted);
  });

  it('dates nothing after the report was published', () => {
    expect(dates.filter((date) => Number(date.slice(0, 4)) > reportYear)).toEqual([]);
  });

  it('has no duplicate events', () => {
    expect(duplicates(rows.map((row) => `${row.date}|${row.event}`))).toEqual([]);
  });
});
