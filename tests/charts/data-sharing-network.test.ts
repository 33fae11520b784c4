/**
 * The data-sharing matrix: every link of the dataset sits in the cell of its
 * sender's column and receiver's row, names are short enough for a phone, and the
 * counts the figure's description states are those of the dataset.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import network, { byFlowCount, matrixCells, shortNames } from '../../data/data-management/links.chart.ts';
import { registry } from '../../src/data/datasets.ts';
import { dataManagementLinks } from '../../data/data-management/links.ts';
import { dataManagementInstitutions } from '../../data/data-management/institutions.ts';
import { dataManagementSystems } from '../../data/data-management/systems.ts';
import { NARROW_CHART_WIDTH, CHART_WIDTH } from '../../src/charts/theme.ts';
import type { CustomChartFrame } from '../../src/charts/define-chart.ts';
import { datasetText } from '../../src/data/dataset-text.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import type { Lang } from '../../src/i18n/index.ts';

const links = registry.load(dataManagementLinks).rows;
const institutions = registry.load(dataManagementInstitutions).rows;
const systems = registry.load(dataManagementSystems).rows;
const rowsOf: CustomChartFrame['rowsOf'] = (dataset) => registry.load(dataset).rows;
// What a chart in `lang` is given to name things: the rows as the CSV writes them, and the labels in that language.
const labelOf: CustomChartFrame['labelOf'] = (dataset, column, value) => String(datasetText(dataset, 'en').valueLabel(column, value));
const frameIn = (lang: string) => ({ lang: lang as Lang, rowsOf, labelOf: (dataset: Dataset, column: string, value: string) => String(datasetText(dataset, lang as Lang).valueLabel(column, value)) });
type Mark = { ariaLabel?: string; data?: unknown[] };
const marksAt = (width: number) => (network.spec(links, { width, lang: 'en', xLabel: '', yLabel: '', rowsOf, labelOf, valueLabel: (_column, value) => value }).plot?.marks ?? []) as unknown as Mark[];
const cellsOf = (width: number) => (marksAt(width).find((mark) => mark.ariaLabel === 'cell')?.data ?? []) as ReturnType<typeof matrixCells>;

const sent = (id: string) => links.filter((link) => link.from === id);
const received = (id: string) => links.filter((link) => link.to === id);

describe('data-sharing matrix', () => {
  for (const width of [CHART_WIDTH, NARROW_CHART_WIDTH]) {
    it(`puts every link in the cell of its sender and receiver at ${width} px`, () => {
      const cells = cellsOf(width);
      expect(cells.flatMap((cell) => cell.flows)).toHaveLength(links.length);
      for (const link of links) {
        const cell = cells.find((c) => c.from === link.from && c.to === link.to);
        expect(cell?.flows).toContain(link);
      }
      // One cell per ordered pair: A → B and B → A are different cells.
      expect(new Set(cells.map((cell) => `${cell.from}>${cell.to}`)).size).toBe(cells.length);
    });
  }

  it('keeps a column wide enough for a rotated label at 360 px', () => {
    const { plot } = network.spec(links, { width: NARROW_CHART_WIDTH, lang: 'en', xLabel: '', yLabel: '', rowsOf, labelOf, valueLabel: (_column, value) => value });
    const columns = new Set(links.map((link) => link.from)).size + 1;
    const columnWidth = ((plot?.width ?? 0) - (plot?.marginLeft ?? 0) - (plot?.marginRight ?? 0)) / columns;
    expect(plot?.width).toBe(NARROW_CHART_WIDTH);
    expect(columnWidth).toBeGreaterThanOrEqual(16);
  });

  it('orders senders and receivers by their number of flows, most first', () => {
    const order = ['b', 'a', 'c'];
    expect(byFlowCount(['a', 'c', 'c', 'b', 'a'], order)).toEqual([
      { id: 'a', count: 2 },
      { id: 'c', count: 2 },
      { id: 'b', count: 1 },
    ]);
    expect(byFlowCount(['c', 'a', 'a', 'c'], order).map((entry) => entry.id)).toEqual(['a', 'c']);
  });

  it.each(['en', 'az'])('gives every linked body a distinct short name of at most 13 characters (%s)', (lang) => {
    const names = shortNames(frameIn(lang));
    const ids = [...new Set(links.flatMap((link) => [link.from, link.to]))];
    const labels = ids.map((id) => names.get(id));
    for (const label of labels) {
      expect(label).toBeDefined();
      expect(label!.length).toBeLessThanOrEqual(13);
    }
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each([
    ['en', 'content/data-management.mdx', /"Short names: ([^"]*)"/],
    ['az', 'content/az/data-management.mdx', /"Qısa adlar: ([^"]*)"/],
  ])('spells out in the figure notes (%s) every short name that is not the full name', (lang, file, notes) => {
    const chapter = fs.readFileSync(file, 'utf8');
    const key = notes.exec(chapter)?.[1] ?? '';
    expect(key).not.toBe('');
    const names = shortNames(frameIn(lang));
    const fullNames = new Map([...institutions, ...systems].map((row) => [row.id, row.name]));
    for (const id of new Set(links.flatMap((link) => [link.from, link.to]))) {
      if (names.get(id) !== fullNames.get(id)) expect(key).toContain(names.get(id)!);
    }
  });
});

describe('the counts the figure description states', () => {
  const chapter = fs.readFileSync('content/data-management.mdx', 'utf8');
  const description = /id="data-flows"[\s\S]*?description="([^"]*)"/.exec(chapter)?.[1] ?? '';

  it('42 flows among 25 institutions and systems, in 39 pairs', () => {
    expect(description).toContain('42 flows among 25 institutions and systems, in 39 sender–receiver pairs');
    expect(links).toHaveLength(42);
    expect(new Set(links.flatMap((link) => [link.from, link.to])).size).toBe(25);
    expect(matrixCells(links)).toHaveLength(39);
  });

  it('the SMS sends the most, 10 flows to 9 receivers; UMIS 6, IAMAS and the IDP database 5 each', () => {
    expect(description).toContain('The SMS sends the most, 10 flows to 9 receivers; UMIS sends 6, and IAMAS and the IDP database 5 each.');
    const senders = byFlowCount(links.map((link) => link.from), []);
    expect(senders[0]).toEqual({ id: 'sms', count: 10 });
    expect(senders[1]?.count).toBeLessThan(10);
    expect(new Set(sent('sms').map((link) => link.to)).size).toBe(9);
    expect(sent('umis')).toHaveLength(6);
    expect(sent('iamas')).toHaveLength(5);
    expect(sent('idp-database')).toHaveLength(5);
  });

  it('the SSC receives the most, 6 flows from the SMS, UMIS, the SBS and the MIA, and sends none; IAMAS receives 5', () => {
    expect(description).toContain('receives the most, 6 flows from the SMS, UMIS, the SBS and the MIA, none from IAMAS, and sends none; IAMAS receives 5.');
    const receivers = byFlowCount(links.map((link) => link.to), []);
    expect(receivers[0]).toEqual({ id: 'ssc', count: 6 });
    expect(receivers[1]?.count).toBeLessThan(6);
    expect(new Set(received('ssc').map((link) => link.from))).toEqual(new Set(['sms', 'umis', 'sbs', 'mia']));
    expect(sent('ssc')).toHaveLength(0);
    expect(received('iamas')).toHaveLength(5);
  });

  it('only UMIS and IAMAS, and the MFA and IAMAS, pass data both ways', () => {
    expect(description).toContain('Only two pairs pass data both ways: UMIS and IAMAS, and the MFA and IAMAS.');
    const pairs = new Set(links.map((link) => `${link.from}>${link.to}`));
    const mutual = [...pairs].filter((pair) => pairs.has(pair.split('>').reverse().join('>'))).map((pair) => pair.split('>').sort().join(' '));
    expect(new Set(mutual)).toEqual(new Set(['iamas umis', 'iamas mfa']));
  });

  it('the IDP database is filled only by the refugees committee and passes data to five users, the MLSP and Education among them', () => {
    expect(description).toContain('The IDP database is filled only by the State Committee for Refugees and IDP Affairs and passes its data to five users, among them the MLSP and the Ministry of Education.');
    expect(received('idp-database').map((link) => link.from)).toEqual(['refugees-idps']);
    const users = new Set(sent('idp-database').map((link) => link.to));
    expect(users.size).toBe(5);
    expect(users.has('mlsp') && users.has('moe')).toBe(true);
  });
});
