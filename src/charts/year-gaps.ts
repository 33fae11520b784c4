/**
 * Where a line over years must break. Published series often give selected
 * years only (1990, 1991, 1996, 1997, …); a line drawn straight from 1991 to
 * 1996 would suggest values for the years between that nobody published.
 * A line joins two points only when they are the series' usual step apart:
 * the smallest distance between any two neighbouring years of the figure.
 */

/** The usual step between neighbouring years: the smallest gap between distinct years, or undefined for fewer than two. */
export function usualStep(years: readonly number[]): number | undefined {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  let step: number | undefined;
  for (let index = 1; index < sorted.length; index += 1) {
    const gap = (sorted[index] as number) - (sorted[index - 1] as number);
    if (step === undefined || gap < step) step = gap;
  }
  return step;
}

/**
 * A key per point naming the unbroken stretch of its series it belongs to
 * ("Arrivals 2", the series' third stretch), for Plot's z channel: points of
 * one stretch are joined, stretches are not. A point whose value is missing
 * (null) breaks its series too, and belongs to no stretch.
 */
export function lineStretches<Row>(
  rows: readonly Row[],
  yearOf: (row: Row) => number | null,
  valueOf: (row: Row) => number | null,
  seriesOf: (row: Row) => string,
): Map<Row, string> {
  const step = usualStep(rows.filter((row) => valueOf(row) !== null).map(yearOf).filter((year): year is number => year !== null));
  const bySeries = new Map<string, Row[]>();
  for (const row of rows) bySeries.set(seriesOf(row), [...(bySeries.get(seriesOf(row)) ?? []), row]);
  const stretches = new Map<Row, string>();
  for (const [series, members] of bySeries) {
    const known = members.filter((row) => yearOf(row) !== null).sort((a, b) => (yearOf(a) as number) - (yearOf(b) as number));
    // -1 until the first point: every break, a gap or a missing value, starts the next stretch.
    let stretch = -1;
    let previous: number | undefined;
    for (const row of known) {
      const year = yearOf(row) as number;
      if (valueOf(row) === null) {
        previous = undefined;
        continue;
      }
      if (previous === undefined || step === undefined || year - previous > step) stretch += 1;
      stretches.set(row, `${series} ${stretch}`);
      previous = year;
    }
  }
  return stretches;
}
