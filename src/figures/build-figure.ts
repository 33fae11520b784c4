/**
 * Everything a figure shows, computed from its props without a browser:
 * number and anchor, the SVG, legend, source line, notes, the table of the
 * numbers drawn and the download links. The Figure component only lays it out.
 */
import type { Registry } from '../data/registry.ts';
import type { ChapterAnalysis } from '../chapters/analyse-chapter.ts';
import { getSource, shortCitation } from '../bibliography/bibliography.ts';
import { presets } from '../charts/presets/index.ts';
import type { ChartFrame, ChartSpecResult, LegendItem, RouteGroup, TimelineItem } from '../charts/preset.ts';
import { applyWhere, parseWhere } from '../charts/where.ts';
import { CHART_WIDTH, NARROW_CHART_WIDTH } from '../charts/theme.ts';
import { figureLabel, figureTitle, t, type Lang } from '../i18n/index.ts';
import { isNumericColumn } from '../schemas/cells.ts';
import { tableCells } from './table-cells.ts';
import { paperTable, type PaperTable } from './paper-table.ts';
import { ReportInputError } from '../data/errors.ts';
import { renderPanels, renderSvg, type SvgLabels } from './render-svg.ts';
import type { FigureProps } from './figure-props.ts';
import { didYouMean } from '../chapters/closest-name.ts';
import { datasetText, rowsIn } from '../data/dataset-text.ts';

export type { FigureProps };


export interface CitationLink {
  key: string;
  text: string;
}

export interface TableModel {
  caption: string;
  columns: { key: string; label: string; numeric: boolean }[];
  rows: string[][];
}

export interface FigureModel {
  /** The language it is written in: that of the page it was drawn for. */
  lang: Lang;
  id: string;
  /** The id of the dataset it draws. */
  dataset: string;
  anchor: string;
  number: string;
  title: string;
  subtitle?: string;
  description: string;
  descriptionId: string;
  /** The chart, or '' for a figure drawn as a list (timeline). */
  svg: string;
  /** The same chart laid out for narrow screens. */
  svgNarrow: string;
  timeline: TimelineItem[];
  /** A route map's routes in words (shown under the map on a phone); [] for other charts. */
  routes: RouteGroup[];
  legend: LegendItem[];
  source: CitationLink;
  via?: CitationLink;
  locator: string;
  notes: string[];
  /** Long notes fold away under a summary line (they print in full). */
  notesCollapsed: boolean;
  table: TableModel;
  /** The same numbers as printed on paper: the columns the chart reads, qualifiers folded in (paper-table.ts). */
  paperTable: PaperTable;
  downloads: { csv: string; json: string };
  /** Where the site's pages in its language start: the base path, then "az/" for a page in another language than the report's. */
  home: string;
}

/** The figure in `lang`, the language of the page it is drawn for. */
export function buildFigure(props: FigureProps, chapter: ChapterAnalysis, registry: Registry, base: string, lang: Lang): FigureModel {
  // Pages in the report's other languages live under /<lang>/.
  const langPrefix = registry.languages.includes(lang) ? `${lang}/` : '';
  const use = chapter.figures.find((figure) => figure.id === props.id);
  const at = `${chapter.file}, <Figure id="${props.id}">`;
  if (!use) throw new ReportInputError('Figure not found in its chapter', [`${at}: the chapter check did not find this figure; give it a plain id="…" attribute`]);
  const dataset = registry.get(props.dataset, `${chapter.file}:${use.line}`);
  if (props.spec && props.spec.dataset.id !== dataset.id) {
    throw new ReportInputError('Custom chart for another dataset', [
      `${chapter.file}:${use.line}, <Figure id="${props.id}">: the spec is written for dataset "${props.spec.dataset.id}", but the figure names "${dataset.id}"`,
    ]);
  }
  const { rows: allRows } = registry.load(dataset);
  // `where` names values as the CSV writes them; the chart and the table show them in `lang`.
  const text = datasetText(dataset, lang);
  const csvRows = applyWhere(allRows, parseWhere(props.where).conditions);
  const rows = rowsIn(csvRows, text);
  const label = (column: string | undefined) => (column ? (text.columns[column] ?? column) : '');
  const valueLabel = (column: string, value: string) => String(text.valueLabel(column, value));
  const preset = props.spec ? undefined : presetFor(props.preset, at);
  const draw = (width: number) => {
    const frame: ChartFrame = { width, lang, unit: text.unit, xLabel: label(props.x), yLabel: label(props.y), valueLabel };
    return props.spec
      ? props.spec.spec(csvRows, { ...frame, valueLabel, rowsOf: (other) => registry.load(other).rows, labelOf: (other, column, value) => String(datasetText(other, lang).valueLabel(column, value)) })
      : preset!.spec(
          (preset!.keepsValues ? csvRows : rows) as Record<string, unknown>[],
          { x: props.x!, y: props.y!, series: props.series, label: props.label, low: props.low, high: props.high, from: props.from, to: props.to, via: props.via, panel: props.panel, atLeast: props.atLeast, domain: props.domain },
          frame,
        );
  };
  // Two drawings, switched by CSS: on a phone a 640 px chart shrunk to 320 px
  // would halve its text, so narrow screens get a chart laid out for them.
  const result = draw(CHART_WIDTH);
  const narrow = draw(NARROW_CHART_WIDTH);

  const anchor = `fig-${props.id}`;
  const descriptionId = `${anchor}-description`;
  const svgLabels = { label: figureTitle(lang, use.number, props.title), describedBy: descriptionId };
  const source = getSource(registry.bibliography, dataset.source, `dataset "${dataset.id}"`);
  const via = dataset.via ? getSource(registry.bibliography, dataset.via, `dataset "${dataset.id}"`) : undefined;
  const figureNotes = props.notes === undefined ? [] : Array.isArray(props.notes) ? props.notes : [props.notes];
  const shape = dataset.row.shape;
  const columns = Object.keys(shape).map((key) => ({ key, label: label(key), numeric: isNumericColumn(shape[key]) }));

  return {
    lang,
    id: props.id,
    dataset: dataset.id,
    anchor,
    number: use.number,
    title: props.title,
    ...(props.subtitle ? { subtitle: props.subtitle } : {}),
    description: props.description,
    descriptionId,
    svg: drawing(result, svgLabels, lang),
    svgNarrow: drawing(narrow, svgLabels, lang),
    timeline: result.timeline ?? [],
    routes: result.routes ?? [],
    legend: result.legend ?? [],
    source: { key: source.key, text: shortCitation(source) },
    ...(via ? { via: { key: via.key, text: shortCitation(via) } } : {}),
    locator: text.locator,
    notes: [...figureNotes, ...text.notes],
    notesCollapsed: notesAreLong([...figureNotes, ...text.notes]),
    table: {
      caption: t(lang, 'figure.tableCaption', { figure: figureLabel(lang, use.number), title: props.title, unit: text.unit }),
      columns,
      rows: tableCells(rows, columns.map(({ key }) => key), shape, lang),
    },
    paperTable: paperTable({ rows, shape, roles: props, preset, columnLabel: label, unit: text.unit, lang }),
    // One CSV for every language; the JSON carries the words of the page's language.
    downloads: { csv: `${base}data/${dataset.id}.csv`, json: `${base}${langPrefix}data/${dataset.id}.json` },
    home: `${base}${langPrefix}`,
  };
}

/** The chart as SVG: one chart, or its panels one below the other; '' for a figure drawn as a list. */
function drawing(result: ChartSpecResult, labels: SvgLabels, lang: Lang): string {
  if (result.panels && result.panels.length > 0) return renderPanels(result.panels, labels, lang);
  return result.plot ? renderSvg(result.plot, labels, lang) : '';
}

function presetFor(name: string | undefined, at: string) {
  const preset = name ? presets.get(name) : undefined;
  if (!preset) throw new ReportInputError('Unknown chart preset', [`${at}: unknown preset "${name}"; ${didYouMean(name ?? '', presets.keys(), 'presets')}`]);
  return preset;
}

// A few short notes read best in place; a long list would push the next
// paragraph far below the chart, so it folds away behind "Notes (n)".
const NOTES_SHOWN_MAX_ITEMS = 3;
const NOTES_SHOWN_MAX_CHARACTERS = 600;

export function notesAreLong(notes: readonly string[]): boolean {
  return notes.length > NOTES_SHOWN_MAX_ITEMS || notes.join('').length > NOTES_SHOWN_MAX_CHARACTERS;
}
