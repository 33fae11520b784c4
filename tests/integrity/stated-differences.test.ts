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
