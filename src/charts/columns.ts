/**
 * Column helpers shared by the presets: reading a typed cell as a number or a
 * label, and the keys of a row type that hold numbers.
 */

/** Keys of Row whose values are numbers (possibly missing). */
export type NumericKey<Row> = {
  [K in keyof Row & string]: Row[K] extends number | null ? K : never;
}[keyof Row & string];

export type AnyKey<Row> = keyof Row & string;

export function numberAt<Row>(row: Row, key: AnyKey<Row>): number | null {
  const value = row[key];
  return typeof value === 'number' ? value : null;
}

export function labelAt<Row>(row: Row, key: AnyKey<Row>): string {
  const value = row[key];
  return value === null || value === undefined ? '' : String(value);
}

/** Distinct labels of a column, in the order they first appear in the CSV. */
export function distinctLabels<Row>(rows: readonly Row[], key: AnyKey<Row>): string[] {
  return [...new Set(rows.map((row) => labelAt(row, key)))];
}
