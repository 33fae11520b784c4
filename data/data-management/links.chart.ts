/**
 * Who passes migration data to whom, as a sender × receiver matrix: senders are
 * columns, receivers are rows, and each filled cell is one pair, with the number
 * of flows written in it. A → B and B → A are different cells, so both directions
 * show. Columns and rows are ordered by how many flows they send or receive, and
 * a last column and row give those totals, so the hubs sit top left.
 *
 * A matrix rather than arcs or a node-link drawing because every flow gets its
 * own cell, found by reading one column down and one row across, at any width:
 * no line crosses another.
 */
import * as Plot from '@observablehq/plot';
import { defineChart, MAIN_COLOR, type CustomChartFrame } from 'report-site/charts';
import { dataManagementLinks } from './links.ts';
import { dataManagementInstitutions } from './institutions.ts';
import { dataManagementSystems } from './systems.ts';

type Link = { from: string; to: string; data: string; mechanism: string };

/**
 * Short names for bodies the dataset gives no acronym for, so that a name fits a
 * rotated column label and the row labels of a phone-sized chart. The chapter's
 * figure notes spell each of them out.
 */
const SHORT_NAMES_EN: Readonly<Record<string, string>> = {
  'refugees-idps': 'IDP Committee',
  'idp-database': 'IDP database',
  tax: 'Tax Service',
  moe: 'Education',
  security: 'Security',
  economy: 'Economy',
  azerlshiq: 'Azerlshiq',
  'state-exam-centre': 'Exam Centre',
  'e-courts': 'e-courts',
  'state-population-register': 'Pop. register',
  'iamas-entry-exit': 'IAMAS entry',
  'iamas-mia-records': 'IAMAS MIA',
  'iamas-migration': 'IAMAS migr.',
  'iamas-consulate': 'IAMAS consul.',
  'egov-information-system': 'ASAN Bridge',
  'ssc-statistical-database': 'SSC database',
};

const SHORT_NAMES_AZ: Readonly<Record<string, string>> = {
  'refugees-idps': 'Qaçqınkom',
  'idp-database': 'MK bazası',
  tax: 'Vergi xidməti',
  moe: 'Təhsil',
  security: 'Təhlükəsizlik',
  economy: 'İqtisadiyyat',
  azerlshiq: 'Azerlshiq',
  'state-exam-centre': 'DİM',
  'e-courts': 'e-məhkəmə',
  'state-population-register': 'ƏDR',
  'iamas-entry-exit': 'IAMAS giriş',
  'iamas-mia-records': 'IAMAS DİN',
  'iamas-migration': 'IAMAS miqr.',
  'iamas-consulate': 'IAMAS konsul.',
  'egov-information-system': 'ASAN Körpü',
  'ssc-statistical-database': 'DSK bazası',
};

/** The chart's own words in each language of the report. */
const WORDS = {
  en: { shortNames: SHORT_NAMES_EN, received: 'Received', sent: 'Sent', senders: 'Senders →', receivers: 'Receivers ↓' },
  az: { shortNames: SHORT_NAMES_AZ, received: 'Alınan', sent: 'Göndərilən', senders: 'Göndərənlər →', receivers: 'Alanlar ↓' },
} as const;

const wordsIn = (lang: string) => WORDS[lang as keyof typeof WORDS] ?? WORDS.en;

/** The key of the total column and row; not an id of either dataset. */
const TOTAL = '(total)';

const layout = {
  rowHeight: 21,
  /** Room for a 13-character name at the chart font size, in the wider fonts of some pages too. */
  marginLeft: 106,
  /** Room for a 13-character rotated name above the columns. */
  marginTop: 116,
  /** Wider columns than this only stretch the cells; the rest stays empty on the right. */
  maxColumnWidth: 34,
};

/** Every node id in dataset order (institutions, then systems) with its short name in the frame's language. */
export function shortNames({ rowsOf, labelOf, lang }: Pick<CustomChartFrame, 'rowsOf' | 'labelOf' | 'lang'>): Map<string, string> {
  const SHORT_NAMES = wordsIn(lang).shortNames;
  const names = new Map<string, string>();
  for (const institution of rowsOf(dataManagementInstitutions)) {
    const acronym = institution.acronym === null ? undefined : labelOf(dataManagementInstitutions, 'acronym', institution.acronym);
    names.set(institution.id, acronym ?? SHORT_NAMES[institution.id] ?? labelOf(dataManagementInstitutions, 'name', institution.name));
  }
  for (const system of rowsOf(dataManagementSystems)) {
    // Systems are known by the acronym their (English) name gives in brackets, in every language.
    const acronym = /\(([A-Z]{3,})\)/.exec(system.name)?.[1];
    names.set(system.id, acronym ?? SHORT_NAMES[system.id] ?? labelOf(dataManagementSystems, 'name', system.name));
  }
  return names;
}

export interface MatrixCell {
  from: string;
  to: string;
  flows: Link[];
}

/** One cell per sender–receiver pair, in the order the pairs first appear. */
export function matrixCells(rows: readonly Link[]): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  for (const row of rows) {
    const key = `${row.from}\u0000${row.to}`;
    const cell = cells.get(key) ?? { from: row.from, to: row.to, flows: [] };
    cell.flows.push(row);
    cells.set(key, cell);
  }
  return [...cells.values()];
}

/** Ids with their number of flows, most first; ties keep the order of `order`. */
export function byFlowCount(ids: readonly string[], order: readonly string[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

export default defineChart(dataManagementLinks, (rows, frame) => {
  const words = wordsIn(frame.lang);
  const names = shortNames(frame);
  const order = [...names.keys()];
  const nameOf = (id: string) => (id === TOTAL ? '' : (names.get(id) ?? id));
  const senders = byFlowCount(rows.map((row) => row.from), order);
  const receivers = byFlowCount(rows.map((row) => row.to), order);
  const cells = matrixCells(rows);

  const columns = senders.length + 1;
  const columnWidth = Math.min(layout.maxColumnWidth, (frame.width - layout.marginLeft - 2) / columns);
  const marginRight = Math.max(2, Math.floor(frame.width - layout.marginLeft - columnWidth * columns));
  const x = [...senders.map((s) => s.id), TOTAL];
  const y = [...receivers.map((r) => r.id), TOTAL];
  const totals = [
    ...receivers.map((r) => ({ x: TOTAL, y: r.id, count: r.count })),
    ...senders.map((s) => ({ x: s.id, y: TOTAL, count: s.count })),
  ];
  const describe = (cell: MatrixCell) =>
    [`${nameOf(cell.from)} → ${nameOf(cell.to)}`, ...cell.flows.map((flow) => `${frame.valueLabel('data', flow.data)} (${frame.valueLabel('mechanism', flow.mechanism)})`)].join('\n');

  return {
    plot: {
      width: frame.width,
      height: layout.marginTop + y.length * layout.rowHeight + 6,
      marginLeft: layout.marginLeft,
      marginTop: layout.marginTop,
      marginRight,
      marginBottom: 6,
      x: { domain: x, axis: null, padding: 0.08 },
      y: { domain: y, axis: null, padding: 0.08 },
      marks: [
        // Faint bands every other row, so a row can be followed to its total.
        Plot.barX(
          receivers.filter((_, index) => index % 2 === 1),
          { y: 'id', x1: () => x[0], x2: () => TOTAL, fill: 'currentColor', fillOpacity: 0.05, insetLeft: 0, insetRight: 0 },
        ),
        Plot.cell(cells, {
          x: 'from',
          y: 'to',
          fill: MAIN_COLOR,
          fillOpacity: 0.28,
          stroke: MAIN_COLOR,
          title: describe,
        }),
        Plot.text(cells, { x: 'from', y: 'to', text: (cell: MatrixCell) => String(cell.flows.length), fill: 'currentColor' }),
        // Totals: flows received at the end of each row, flows sent under each column.
        Plot.text(totals, { x: 'x', y: 'y', text: (total) => String(total.count), fill: 'currentColor', fontWeight: 700 }),
        Plot.axisY(y, { tickSize: 0, tickPadding: 6, label: null, tickFormat: (id: string) => (id === TOTAL ? words.sent : nameOf(id)) }),
        Plot.axisX(x, {
          anchor: 'top',
          tickSize: 0,
          tickPadding: 6,
          tickRotate: -90,
          label: null,
          tickFormat: (id: string) => (id === TOTAL ? words.received : nameOf(id)),
        }),
        // Which way the flows go, in the empty corner above the row names.
        Plot.text([words.senders], { frameAnchor: 'top-left', dx: -8, dy: -30, textAnchor: 'end' }),
        Plot.text([words.receivers], { frameAnchor: 'top-left', dx: -8, dy: -10, textAnchor: 'end' }),
      ],
    },
  };
});
