/**
 * Numbers, dates and lists in the page's language: Intl for text, and
 * d3-format's locale for Plot's axis ticks (Plot's own default is en-US).
 * One Intl formatter per language and style, made on first use and kept.
 *
 * What these print comes from the ICU data in Node (process.versions.icu);
 * tests/i18n/format.test.ts pins the Azerbaijani and English results, so a
 * Node with other ICU data shows up there rather than on the site.
 */
import { formatLocale, formatSpecifier, precisionFixed, precisionPrefix, precisionRound, type FormatLocaleObject } from 'd3-format';
import type { Lang } from './index.ts';

/** The locale Intl formats each language with. English is British, as the reports are. */
export const INTL_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', az: 'az-Latn-AZ' };

const NUMBER_STYLES = {
  /** 1,287 */
  integer: { maximumFractionDigits: 0 },
  /** 38.25: up to two decimals, as published. */
  decimal: { maximumFractionDigits: 2 },
  /** 12.3% from 0.123 */
  percent: { style: 'percent', maximumFractionDigits: 1 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

export type NumberStyle = keyof typeof NUMBER_STYLES;

const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(lang: Lang, style: NumberStyle): Intl.NumberFormat {
  const key = `${lang} ${style}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(INTL_LOCALES[lang], NUMBER_STYLES[style])));
  return format;
}

/** 1287 -> "1,287" (en), "1.287" (az); 38.2 -> "38.2", "38,2"; null -> "–" (no data). */
export function formatNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return numberFormat(lang, Number.isInteger(value) ? 'integer' : 'decimal').format(value);
}

/** 0.123 -> "12.3%" (en), "12,3%" (az). */
export function formatPercent(value: number, lang: Lang): string {
  return numberFormat(lang, 'percent').format(value);
}

/** 4.012 -> "4.0" (en), "4,0" (az): exactly one decimal, as file sizes are given (rounded as toFixed rounds). */
export function formatOneDecimal(value: number, lang: Lang): string {
  const [whole = '0', fraction = '0'] = Math.abs(value).toFixed(1).split('.');
  return `${value < 0 ? '-' : ''}${numberFormat(lang, 'integer').format(Number(whole))}${decimalMark(lang)}${fraction}`;
}

function decimalMark(lang: Lang): string {
  return numberFormat(lang, 'decimal').formatToParts(0.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "2026-12-02" -> "2 December 2026" (en), "2 dekabr 2026" (az), the same on every machine (UTC). */
export function formatDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(INTL_LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** ["A", "B", "C"] -> "A, B and C" (en), "A, B və C" (az). */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(INTL_LOCALES[lang], { type: 'conjunction' })));
  return format.format(items);
}

const d3Locales = new Map<Lang, FormatLocaleObject>();

/**
 * d3-format's locale for a language, with Intl's decimal and group marks, so a
 * chart's axis writes numbers as its text does. The minus sign stays d3's
 * (U+2212), as Plot has always drawn it.
 */
export function d3Locale(lang: Lang): FormatLocaleObject {
  let locale = d3Locales.get(lang);
  if (!locale) {
    const parts = numberFormat(lang, 'decimal').formatToParts(1234567.5);
    const mark = (type: Intl.NumberFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
    d3Locales.set(lang, (locale = formatLocale({ decimal: mark('decimal'), thousands: mark('group'), grouping: [3], currency: ['', ''] })));
  }
  return locale;
}

/**
 * Plot's tickFormat for a numeric axis in `lang`: what Plot draws by default
 * (d3's ",f" with as many decimals as the tick step needs, or the specifier a
 * chart gave), with the language's marks. Plot calls it with each tick and all
 * the ticks; text ticks (categories) are written as they are.
 */
export function tickFormat(lang: Lang, specifier = ',f'): (value: unknown, index?: number, ticks?: readonly unknown[]) => string | undefined {
  const locale = d3Locale(lang);
  const formats = new WeakMap<readonly unknown[], (value: number) => string>();
  return (value, _index, ticks = [value]) => {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'number') return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    let format = formats.get(ticks);
    if (!format) formats.set(ticks, (format = tickNumberFormat(locale, specifier, ticks.filter((tick): tick is number => typeof tick === 'number' && Number.isFinite(tick)))));
    return format(value);
  };
}

// As d3-scale's tickFormat picks the precision from the step between ticks.
function tickNumberFormat(locale: FormatLocaleObject, specifier: string, ticks: readonly number[]): (value: number) => string {
  const first = ticks[0] ?? 0;
  const last = ticks[ticks.length - 1] ?? first;
  // The step, without the float noise of a subtraction (0.3 - 0.2); one tick: the step its decimals show.
  const step = ticks.length > 1 ? Number(Math.abs((ticks[1] as number) - first).toPrecision(12)) : 10 ** -decimals(first);
  const spec = formatSpecifier(specifier);
  const largest = Math.max(Math.abs(first), Math.abs(last));
  if (spec.precision === undefined) {
    if (spec.type === 's') {
      const precision = precisionPrefix(step, largest);
      if (!Number.isNaN(precision)) spec.precision = precision;
      return locale.formatPrefix(spec.toString(), largest);
    }
    if (['', 'e', 'g', 'p', 'r'].includes(spec.type)) {
      const precision = precisionRound(step, largest);
      if (!Number.isNaN(precision)) spec.precision = precision - (spec.type === 'e' ? 1 : 0);
    } else if (spec.type === 'f' || spec.type === '%') {
      const precision = precisionFixed(step);
      if (!Number.isNaN(precision)) spec.precision = precision - (spec.type === '%' ? 2 : 0);
    }
  }
  return locale.format(spec.toString());
}

function decimals(value: number): number {
  for (let digits = 0; digits < 12; digits++) if (Number(value.toFixed(digits)) === value) return digits;
  return 12;
}
