/**
 * A figure's table as paper shows it: the columns the chart reads (its roles),
 * each row's number with its qualifier folded in ("about 600,000–800,000"), the
 * unit in the value's header, numbers written as the language writes them. The
 * full table, every column of the dataset, is the site's and the annex's.
 *
 *   category columns   the roles that name what a number is (panel, y, series, from, to, via…)
 *   value column(s)    the numeric roles; with low and high, one column: the figure or its range
 *   qualifier          the label role of a preset whose label qualifies the number, or else a
 *                      column named `qualifier` (the source's hedge, as key figures read it)
 *
 * A custom chart names no roles: its table keeps the columns whose cells differ from
 * row to row, with the same folding.
 */
import type { ColumnRole, Preset } from '../charts/preset.ts';
import { formatNumber } from '../charts/theme.ts';
import type { Lang } from '../i18n/index.ts';
import { isNumericColumn, isYearColumn } from '../schemas/cells.ts';
import type { RowShape } from '../schemas/dataset.ts';

export interface PaperTable {
  columns: { key: string; label: string; numeric: boolean }[];
  rows: string[][];
}

export interface PaperTableInput {
  /** The figure's rows, their text in `lang`. */
  rows: readonly object[];
  shape: RowShape;
  /** The columns the figure names for each role; none for a custom chart. */
  roles: Partial<Record<ColumnRole, string>>;
  /** The preset that draws the figure; undefined for a custom chart. */
  preset: Pick<Preset, 'numeric' | 'labelIs'> | undefined;
  /** A column's header in `lang`. */
  columnLabel: (column: string) => string;
  unit: string;
  lang: Lang;
}

// Roles that name what a number is, in the order their columns print.
const CATEGORY_ROLES: readonly ColumnRole[] = ['panel', 'y', 'x', 'from', 'via', 'to', 'series'];
// A column of this name holds the source's hedge ("approximately", "up to"); "-" for none.
const QUALIFIER_COLUMN = 'qualifier';
const NO_DATA = '–';

export function paperTable({ rows, shape, roles, preset, columnLabel, unit, lang }: PaperTableInput): PaperTable {
  const cell = (row: object, column: string | undefined) => (column === undefined ? undefined : (row as Record<string, unknown>)[column]);
  const isValue = (column: string) => isNumericColumn(shape[column]) && !isYearColumn(shape[column]);
  const text = (value: unknown) => (value === null || value === undefined || value === '' ? undefined : String(value));
  const number = (value: unknown) => (typeof value === 'number' ? formatNumber(value, lang) : undefined);

  let series: string | undefined;
  let categories: string[];
  let values: string[];
  let qualifier: string | undefined;
  let published: string | undefined;
  let range: { low: string; high: string } | undefined;
  if (preset) {
    const named = (role: ColumnRole) => (roles[role] !== undefined && roles[role]! in shape ? roles[role] : undefined);
    const numericRole = (role: ColumnRole) => preset.numeric.includes(role) && named(role) !== undefined && isValue(named(role)!);
    values = unique((['x', 'y'] as const).filter(numericRole).map((role) => named(role)!));
    categories = unique(CATEGORY_ROLES.filter((role) => named(role) !== undefined && !numericRole(role)).map((role) => named(role)!));
    const label = named('label');
    if (label && preset.labelIs === 'qualifier') qualifier = label;
    else if (label && preset.labelIs === 'the value as published') published = label;
    else if (label) categories = unique([...categories, label]);
    // One number per row and series, no detail column of their own: a column per series.
    if (named('series') && !categories.includes(label ?? '') && !values.includes(named('series')!)) series = named('series');
    const [low, high] = [named('low'), named('high')];
    if (low && high) range = { low, high };
    if (values.length === 0 && range) values = [low!];
  } else {
    // The columns that tell one row from another.
    const varies = (column: string) => rows.length < 2 || new Set(rows.map((row) => String(cell(row, column)))).size > 1;
    const columns = Object.keys(shape).filter((column) => column !== QUALIFIER_COLUMN && varies(column));
    values = columns.filter(isValue);
    categories = columns.filter((column) => !isValue(column));
  }
  if (!qualifier && !published && QUALIFIER_COLUMN in shape) qualifier = QUALIFIER_COLUMN;
  categories = categories.filter((column) => column !== qualifier && column !== published && !values.includes(column));

  const valueText = (row: object, column: string) => {
    const asPublished = text(cell(row, published));
    const figure =
      number(cell(row, column)) ??
      (range && number(cell(row, range.low)) && number(cell(row, range.high)) ? `${number(cell(row, range.low))}–${number(cell(row, range.high))}` : undefined);
    if (asPublished && asPublished !== '-') return asPublished;
    if (figure === undefined) return NO_DATA;
    const hedge = text(cell(row, qualifier));
    return hedge && hedge !== '-' ? `${hedge} ${figure}` : figure;
  };
  // A header that already says its unit ("Net migration (thousands)") keeps it. A column of
  // single figures and ranges alike is headed by the unit alone ("Persons"), not by one of its columns.
  const withUnit = (label: string) => (unit && !label.toLowerCase().includes(unit.toLowerCase()) && !label.trimEnd().endsWith(')') ? `${label} (${unit})` : label);
  const header = (key: string) => (range && unit && values.length === 1 ? unit.charAt(0).toLocaleUpperCase(lang) + unit.slice(1) : withUnit(columnLabel(key)));
  if (series && values.length === 1) {
    const wide = pivot(rows, categories, series);
    if (wide)
      return {
        columns: [
          ...wide.keys.map((key) => ({ key, label: columnLabel(key), numeric: false })),
          ...wide.series.map((name) => ({ key: series!, label: withUnit(name), numeric: true })),
        ],
        rows: wide.rows.map(({ key, cells }) => [...key, ...cells.map((row) => (row ? valueText(row, values[0]!) : NO_DATA))]),
      };
  }
  return {
    columns: [
      ...categories.map((key) => ({ key, label: columnLabel(key), numeric: false })),
      ...values.map((key) => ({ key, label: header(key), numeric: true })),
    ],
    rows: rows.map((row) => [...categories.map((column) => text(cell(row, column)) ?? NO_DATA), ...values.map((column) => valueText(row, column))]),
  };
}

/**
 * The rows laid out with a column per value of `series`, in the order the values first come, and a
 * row per value of the other category columns; undefined when two rows would fill one cell.
 */
function pivot(rows: readonly object[], categories: readonly string[], series: string) {
  const at = (row: object, column: string) => String((row as Record<string, unknown>)[column] ?? '–');
  const keys = categories.filter((column) => column !== series);
  const names = unique(rows.map((row) => at(row, series)));
  const lines = new Map<string, { key: string[]; cells: (object | undefined)[] }>();
  for (const row of rows) {
    const key = keys.map((column) => at(row, column));
    const line = lines.get(JSON.stringify(key)) ?? { key, cells: names.map(() => undefined) };
    lines.set(JSON.stringify(key), line);
    const index = names.indexOf(at(row, series));
    if (line.cells[index]) return undefined;
    line.cells[index] = row;
  }
  return { keys, series: names, rows: [...lines.values()] };
}

function unique(columns: string[]): string[] {
  return [...new Set(columns)];
}
