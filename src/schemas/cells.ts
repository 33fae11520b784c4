/**
 * Zod schemas for single CSV cells. A CSV cell is always text; these schemas
 * turn it into the typed value a chart needs, or fail with a sentence that an
 * editor can act on.
 */
import { z } from 'zod';
import { checkedNumberOptions } from './cell-options.ts';

/** Cell contents that the reports use for "no data". They become `null`, never 0. */
export const NO_DATA_MARKERS: readonly string[] = ['', '-', '–', '—'];

// Plain numbers only: a spreadsheet's "1,287" or "1.5 bn" is a transcription
// mistake to fix in the CSV, not something to guess at.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

// Column kinds, kept in the schema's description so tables and chart checks can read them.
const NUMBER = 'number';
const YEAR = 'year';
const DATE = 'date';

export interface NumberCellOptions {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
}

function describeBounds({ min, max, integer }: NumberCellOptions): string {
  const kind = integer ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return kind;
}

// Spreadsheets in many locales write numbers as "38,2", "1,287" or "1 287".
// Files keep the strict rule (decimal point, no separators); these name the habit and the fix.
const THOUSANDS_COMMA = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const THOUSANDS_SPACE = /^-?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const THOUSANDS_DOT_DECIMAL_COMMA = /^-?\d{1,3}(\.\d{3})+,\d+$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/** The spreadsheet habit a number cell shows, with its fix, or undefined. */
export function spreadsheetHabit(value: string): string | undefined {
  const plain = (written: string) => written.replace(/[ \u00a0\u202f,]/g, '');
  if (THOUSANDS_SPACE.test(value)) {
    const kind = /\u00a0|\u202f/.test(value) ? 'a no-break space' : 'a space';
    return `${kind} is used as a thousands separator; write the number with no separator and a decimal point, e.g. "${plain(value.replace(/,(\d+)$/, '.$1'))}"`;
  }
  if (THOUSANDS_COMMA.test(value)) {
    return `the comma looks like a thousands separator; write the number with no separator, e.g. "${plain(value)}" (if it is a decimal comma, write "${value.replace(',', '.')}")`;
  }
  if (THOUSANDS_DOT_DECIMAL_COMMA.test(value)) {
    return `the number is written with "." between thousands and a decimal comma; write it with no separator and a decimal point, e.g. "${value.replace(/\./g, '').replace(',', '.')}"`;
  }
  if (DECIMAL_COMMA.test(value)) {
    return `a decimal comma, as a comma-decimal locale writes it; CSV files here use a decimal point: write "${value.replace(',', '.')}"`;
  }
  return undefined;
}

/** What a column's cells are, as the published Table Schema and CSVW metadata describe them. */
export type ColumnKind =
  | { kind: 'number'; options: NumberCellOptions; nullable: boolean }
  | { kind: 'year' }
  | { kind: 'text'; nullable: boolean }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'partialDate' };

const COLUMN_KINDS = new WeakMap<object, ColumnKind>();

function withKind<Schema extends object>(schema: Schema, kind: ColumnKind): Schema {
  COLUMN_KINDS.set(schema, kind);
  return schema;
}

/** The kind of a column made with a `cell` type, or undefined for any other schema. */
export function columnKind(schema: unknown): ColumnKind | undefined {
  return typeof schema === 'object' && schema !== null ? COLUMN_KINDS.get(schema) : undefined;
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@]/;

/**
 * Why a CSV cell would run as a formula when a reader opens the file in a
 * spreadsheet, or undefined. A plain number ("-53.6") and the no-data marker
 * "-" are data; anything else starting with =, +, - or @ is refused in every
 * column: no source has formulas, so it is a mistake or an attack on readers.
 */
export function spreadsheetFormula(text: string): string | undefined {
  const value = text.trim();
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value) || NO_DATA_MARKERS.includes(value)) return undefined;
  return `"${text}" starts with "${value[0]}", so a spreadsheet would run it as a formula; no source has formulas: write the text as the source does (e.g. without the leading "${value[0]}"), or a plain number such as -53.6`;
}

function parseNumberCell(text: string, ctx: z.RefinementCtx, options: NumberCellOptions, allowNull: boolean) {
  const value = text.trim();
  const expected = describeBounds(options) + (allowNull ? ', or "-" for no data' : '');
  if (NO_DATA_MARKERS.includes(value)) {
    if (allowNull) return null;
    ctx.addIssue({ code: 'custom', message: `expected ${expected}; this column may not be empty, got "${text}"` });
    return z.NEVER;
  }
  if (!PLAIN_NUMBER.test(value)) {
    const habit = spreadsheetHabit(value);
    ctx.addIssue({ code: 'custom', message: `expected ${expected}, got "${text}"${habit ? `: ${habit}` : ''}` });
    return z.NEVER;
  }
  const number = Number(value);
  const { min, max, integer } = options;
  if ((integer && !Number.isInteger(number)) || (min !== undefined && number < min) || (max !== undefined && number > max)) {
    ctx.addIssue({ code: 'custom', message: `expected ${expected}, got "${text}"` });
    return z.NEVER;
  }
  return number;
}

/** A number that may be missing in the source: "-" or an empty cell becomes `null`. */
export function numberOrNull(options: NumberCellOptions = {}) {
  checkedNumberOptions(options, 'numberOrNull');
  return withKind(z.string().transform((text, ctx): number | null => parseNumberCell(text, ctx, options, true)).describe(NUMBER), { kind: 'number', options, nullable: true });
}

/** A number that every row must have. */
export function number(options: NumberCellOptions = {}) {
  checkedNumberOptions(options, 'number');
  return withKind(z.string().transform((text, ctx): number => parseNumberCell(text, ctx, options, false) as number).describe(NUMBER), { kind: 'number', options, nullable: false });
}

/** A calendar year such as 2010. */
export function year() {
  // The description lets tables print 2010, not "2,010".
  return withKind(number({ integer: true, min: 1900, max: 2100 }).describe(YEAR), { kind: 'year' });
}


/** True for a column made with year(). */
export function isYearColumn(schema: unknown): boolean {
  return (schema as { description?: string }).description === YEAR;
}

/** Free text that must not be empty (a country, a category, a label). */
export function text() {
  return withKind(z.string().transform((value, ctx): string => {
    const trimmed = value.trim();
    if (trimmed === '') {
      ctx.addIssue({ code: 'custom', message: 'expected some text; this column may not be empty' });
      return z.NEVER;
    }
    return trimmed;
  }), { kind: 'text', nullable: false });
}

/** One of a fixed list of codes, e.g. "inward" | "outward". */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return withKind(z.string().transform((value, ctx): Values[number] => {
    const trimmed = value.trim();
    if (!(values as readonly string[]).includes(trimmed)) {
      ctx.addIssue({ code: 'custom', message: `expected one of ${values.map((v) => `"${v}"`).join(', ')}, got "${value}"` });
      return z.NEVER;
    }
    return trimmed as Values[number];
  }), { kind: 'oneOf', values });
}

/** True for a column whose cells become numbers (number(), numberOrNull(), year()). */
export function isNumericColumn(schema: unknown): boolean {
  const kind = (schema as { description?: string }).description;
  return kind === NUMBER || kind === YEAR;
}

/** Text that may be missing: "-" or an empty cell becomes `null`. */
export function textOrNull() {
  return withKind(z.string().transform((value): string | null => {
    const trimmed = value.trim();
    return NO_DATA_MARKERS.includes(trimmed) ? null : trimmed;
  }), { kind: 'text', nullable: true });
}

/**
 * A date as precise as the source gives it: "2007", "2007-03" or "2007-03-19".
 * Kept as text so a year-only date is never turned into 1 January.
 */
export function partialDate() {
  const date = z.string().transform((value, ctx): string => {
    const trimmed = value.trim();
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(trimmed);
    const month = match?.[2] === undefined ? 1 : Number(match[2]);
    const day = match?.[3] === undefined ? 1 : Number(match[3]);
    if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
      ctx.addIssue({ code: 'custom', message: `expected a date written 2007, 2007-03 or 2007-03-19, got "${value}"` });
      return z.NEVER;
    }
    return trimmed;
  });
  // The description marks it as a date, not text to translate.
  return withKind(date.describe(DATE), { kind: 'partialDate' });
}

/** True for a column of dates (partialDate()). */
export function isDateColumn(schema: unknown): boolean {
  return (schema as { description?: string }).description === DATE;
}
