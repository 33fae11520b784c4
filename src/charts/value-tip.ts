/**
 * What a mark's tooltip says (its SVG <title>, shown on hover, tap and arrow
 * key by figure-values.ts): what the mark is (period, category, series), then
 * its number in the figure's own format with the dataset's unit, in the
 * page's language: "2010, Wages: 1,287 US$ millions".
 * A number published in words (a bar's label column) is given as written.
 */
import { formatNumber } from '../i18n/format.ts';
import { t, type Lang } from '../i18n/index.ts';

export interface ValueTip {
  /** What the mark stands for, most general first: the period, the category, the series. Empty parts are left out. */
  what: readonly (string | null | undefined)[];
  /** The mark's number, or its text as published (a range, a qualified figure, words). */
  value: number | string | null;
  /** The dataset's unit in the page's language (datasetText(dataset, lang).unit). */
  unit?: string | undefined;
}

export function valueTip(lang: Lang, { what, value, unit }: ValueTip): string {
  const named = what.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(', ');
  const amount = value === null ? t(lang, 'chart.noData') : withUnit(lang, typeof value === 'number' ? formatNumber(value, lang) : value, unit);
  return named ? `${named}: ${amount}` : amount;
}

function withUnit(lang: Lang, value: string, unit: string | undefined): string {
  return unit && unit.trim() !== '' ? t(lang, 'chart.valueWithUnit', { value, unit }) : value;
}
