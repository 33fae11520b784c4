/** A dataset's rows as the cells of a table in `lang`: numbers formatted for the language, years as written, no data as "–". */
import { isNumericColumn, isYearColumn } from '../schemas/cells.ts';
import type { RowShape } from '../schemas/dataset.ts';
import { formatNumber } from '../charts/theme.ts';
import type { Lang } from '../i18n/index.ts';

export function tableCells(rows: readonly object[], columns: readonly string[], shape: RowShape, lang: Lang): string[][] {
  return rows.map((row) =>
    columns.map((key) => {
      const value = (row as Record<string, unknown>)[key];
      if (value === null || value === undefined) return '–';
      return isNumericColumn(shape[key]) && !isYearColumn(shape[key]) ? formatNumber(value as number, lang) : String(value);
    }),
  );
}
