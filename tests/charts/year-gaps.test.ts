/** Lines over years break where the source skips years (year-gaps.ts). */
import { describe, expect, it } from 'vitest';
import { lineStretches, usualStep } from '../../src/charts/year-gaps.ts';

type Row = { year: number; flow: string; value: number | null };
const stretchesOf = (rows: Row[]) =>
  lineStretches(rows, (row) => row.year, (row) => row.value, (row) => row.flow);

describe('usual step', () => {
  it('is the smallest gap between neighbouring years', () => {
    expect(usualStep([1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010])).toBe(1);
    expect(usualStep([1995, 2000, 2005, 2010])).toBe(5);
    expect(usualStep([2010, 2010])).toBeUndefined();
  });
});

describe('line stretches', () => {
  const selectedYears = [1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010];
  const net = selectedYears.map((year, index) => ({ year, flow: 'Net', value: index - 5 }));

  it('join only years one usual step apart, so 1991 is not joined to 1996', () => {
    const stretches = stretchesOf(net);
    const stretchOf = (year: number) => stretches.get(net.find((row) => row.year === year) as Row);
    expect(stretchOf(1990)).toBe(stretchOf(1991));
    expect(stretchOf(1991)).not.toBe(stretchOf(1996));
    expect(stretchOf(2003)).not.toBe(stretchOf(2007));
    expect(new Set(stretches.values()).size).toBe(4);
    expect(stretchOf(2007)).toBe(stretchOf(2010));
  });

  it('keep an evenly spaced series whole, whatever its step', () => {
    const census = [1999, 2009, 2019].map((year) => ({ year, flow: 'Census', value: year }));
    expect(new Set(stretchesOf(census).values())).toEqual(new Set(['Census 0']));
  });

  it('break at a missing value and leave it out, series by series', () => {
    const rows: Row[] = [
      { year: 2008, flow: 'In', value: 1 },
      { year: 2009, flow: 'In', value: null },
      { year: 2010, flow: 'In', value: 3 },
      { year: 2008, flow: 'Out', value: 4 },
      { year: 2009, flow: 'Out', value: 5 },
      { year: 2010, flow: 'Out', value: 6 },
    ];
    const stretches = stretchesOf(rows);
    expect(stretches.has(rows[1] as Row)).toBe(false);
    expect([rows[0], rows[2]].map((row) => stretches.get(row as Row))).toEqual(['In 0', 'In 1']);
    expect(rows.slice(3).map((row) => stretches.get(row))).toEqual(['Out 0', 'Out 0', 'Out 0']);
  });
});
