/** Typed rows of a dataset, for integrity tests. */
import { registry } from '../../src/data/datasets.ts';

export function rowsOf(id: string): Record<string, unknown>[] {
  return registry.load(registry.get(id, 'tests/integrity')).rows as Record<string, unknown>[];
}

/** Sum of a numeric column over rows; null if any value is missing. */
export function sumOf(rows: readonly Record<string, unknown>[], column: string): number | null {
  let total = 0;
  for (const row of rows) {
    const value = row[column];
    if (typeof value !== 'number') return null;
    total += value;
  }
  return total;
}
