/**
 * A key-figure card, computed from a figure of the site: the number is read
 * from the figure's dataset (one row, chosen by `row`), never typed, and the
 * card carries the figure's source and a link to it.
 *
 *   <KeyFigure figure="arrivals" row="year=2008; sex=All"
 *     context="People who arrived in 2008, the most of any year shown" />
 */
import { datasetText } from '../data/dataset-text.ts';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Registry } from '../data/registry.ts';
import { ReportInputError } from '../data/errors.ts';
import { applyWhere, parseWhere } from '../charts/where.ts';
import { formatNumber } from '../charts/theme.ts';
import { isNumericColumn } from '../schemas/cells.ts';
import { miniChart, type MiniChartKind } from '../charts/key-figure-chart.ts';
import { roundCoordinates } from './render-svg.ts';
import type { SiteFigure } from './all-figures.ts';
import { didYouMean } from '../chapters/closest-name.ts';
import { figureInChapter, t, type Lang } from '../i18n/index.ts';

// A type, not an interface: its attributes are read as a plain record (elementLine in KeyFigure.astro).
export type KeyFigureProps = {
  figure: string;
  /** Picks the one row the card quotes, in the `where` syntax: "year=2008; flow=Inward". */
  row: string;
  /** One line saying what the number is. */
  context: string;
  /** The column to quote, when it is not the figure's value column. */
  value?: string;
  /** The unit shown under the number, when the dataset's unit says more than this column holds. */
  unit?: string;
  /** When the number holds, as the source dates it: "2010", "1 April 2011", "undated". Shown above the number. */
  period?: string;
};

export interface KeyFigureModel {
  /** "1,554", "30,000–50,000", "+1.4". */
  value: string;
  /** The source's own hedge, when the row has one: "approximately". */
  qualifier?: string;
  unit: string;
  context: string;
  period?: string;
  /** A small decorative SVG: the card states its number in words. */
  chart: string;
  /** What the small chart shows and which mark is the card's: "1990–2010, 2010 highlighted". */
  chartCaption: string;
  source: string;
  figureLabel: string;
  href: string;
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The card in `lang`, the language of its page. */
export function buildKeyFigure(props: KeyFigureProps, figures: readonly SiteFigure[], registry: Registry, base: string, at: string, lang: Lang): KeyFigureModel {
  const entry = figures.find((candidate) => candidate.id === props.figure);
  const label = `${at}, <KeyFigure figure="${props.figure}">`;
  if (!entry) throw new ReportInputError('Unknown figure in a key figure', [`${label}: no figure with this id; ${didYouMean(props.figure, figures.map((candidate) => candidate.id), 'figures')}`]);
  const dataset = registry.get(entry.dataset, at);
  const { rows } = registry.load(dataset);
  const all = rows as Record<string, unknown>[];
  const where = parseWhere(props.row);
  if (where.problem) throw new ReportInputError('Bad row in a key figure', [`${label}: row: ${where.problem}`]);
  const chosen = applyWhere(all, where.conditions);
  if (chosen.length !== 1) {
    throw new ReportInputError('Bad row in a key figure', [`${label}: row="${props.row}" picks ${chosen.length} rows of dataset "${dataset.id}"; it must pick exactly one`]);
  }
  const row = chosen[0] as Record<string, unknown>;
  const shape = dataset.row.shape;
  const numeric = (column: string | undefined) => column !== undefined && column in shape && isNumericColumn(shape[column]);
  const { x, y, low, high, preset } = entry.props;
  const kind: MiniChartKind = preset === 'line' ? 'line' : preset === 'range' ? 'ranges' : 'bars';
  const valueColumn = props.value ?? (kind === 'line' ? y : numeric(x) ? x : y);
  if (!valueColumn || !(valueColumn in shape)) throw new ReportInputError('Bad value in a key figure', [`${label}: value="${valueColumn}" is not a column of dataset "${dataset.id}"; ${didYouMean(valueColumn ?? '', Object.keys(shape), 'columns')}`]);
  // The chart shows the quoted row among its own series (one line, one group of bars).
  const series = entry.props.series;
  const figureRows = applyWhere(all, parseWhere(entry.props.where).conditions).filter((other) => !series || other[series] === row[series]);
  const value = quoted(lang, row, valueColumn, low, high, figureRows.some((other) => typeof other[valueColumn] === 'number' && (other[valueColumn] as number) < 0));
  if (value === undefined) throw new ReportInputError('Empty key figure', [`${label}: the row picked by row="${props.row}" has no ${valueColumn}${low ? ` nor ${low}–${high}` : ''}`]);

  const caption = chartCaption(kind, figureRows, row, kind === 'line' ? (x as string) : ((numeric(x) ? y : x) as string), (column, cell) => String(datasetText(dataset, lang).valueLabel(column, cell)), lang);
  const chart = Plot.plot({
    ...miniChart({ kind, rows: figureRows, chosen: row, x: kind === 'line' ? (x as string) : valueColumn, y: kind === 'line' ? (y as string) : ((numeric(x) ? y : x) as string), low, high }),
    document: document as unknown as Document,
    className: 'key-figure-svg',
  });
  chart.querySelector('style')?.remove();
  for (const part of chart.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
  chart.removeAttribute('aria-description');
  chart.setAttribute('aria-hidden', 'true');
  chart.setAttribute('focusable', 'false');

  const source = registry.bibliography.get(dataset.source);
  const via = dataset.via ? registry.bibliography.get(dataset.via) : undefined;
  const short = (entrySource: typeof source) => (entrySource ? `${entrySource.shortAuthor}${entrySource.year ? ` ${entrySource.year}` : ''}` : '');
  // The dataset's words in the page's language: its unit, and a hedge such as "approximately".
  const text = datasetText(dataset, lang);
  const qualifier = typeof row.qualifier === 'string' && row.qualifier !== '' ? String(text.valueLabel('qualifier', row.qualifier)) : undefined;
  return {
    value,
    ...(qualifier ? { qualifier } : {}),
    unit: props.unit ?? text.unit,
    context: props.context,
    ...(props.period ? { period: props.period } : {}),
    chart: roundCoordinates(chart.outerHTML),
    chartCaption: caption,
    // The card names the source; the figure it links to gives the table and page.
    source: `${short(source)}${via ? t(lang, 'cite.via', { via: short(via) }) : ''}`,
    figureLabel: figureInChapter(lang, entry.chapter.title, entry.number),
    href: `${base}${entry.chapter.path.replace(/^\//, '')}#${entry.anchor}`,
  };
}

/**
 * The small chart's caption: the span of a line and its highlighted year; the
 * highlighted bar or range among the others; or, for a total the chart does not
 * draw, that every drawn mark is one of its parts.
 */
export function chartCaption(kind: MiniChartKind, rows: readonly Record<string, unknown>[], chosen: Record<string, unknown>, category: string, label: (column: string, cell: string) => string, lang: Lang): string {
  if (kind === 'line') {
    const years = rows.map((other) => other[category]).filter((cell) => cell !== null && cell !== undefined).map(String);
    return t(lang, 'keyFigure.lineCaption', { first: years[0] ?? '', last: years.at(-1) ?? '', highlighted: String(chosen[category]) });
  }
  if (!rows.includes(chosen)) return t(lang, 'keyFigure.partsCaption', { count: String(rows.length) });
  return t(lang, 'keyFigure.amongCaption', { highlighted: label(category, String(chosen[category])), count: String(rows.length) });
}

function quoted(lang: Lang, row: Record<string, unknown>, column: string, low: string | undefined, high: string | undefined, signed: boolean): string | undefined {
  const cell = row[column];
  if (typeof cell === 'number') return `${signed && cell > 0 ? '+' : ''}${formatNumber(cell, lang)}`;
  if (low && high && typeof row[low] === 'number' && typeof row[high] === 'number') return `${formatNumber(row[low] as number, lang)}–${formatNumber(row[high] as number, lang)}`;
  return undefined;
}
