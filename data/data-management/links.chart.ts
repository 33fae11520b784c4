/**
 * Who passes migration data to whom: an arc diagram of the data-management
 * links. Institutions and systems are listed down the left, each institution
 * followed by the systems it runs; every link is an arc with an arrow towards
 * the receiver. Node names come from the institutions and systems datasets.
 */
import * as Plot from '@observablehq/plot';
import { defineChart } from '../../src/charts/define-chart.ts';
import { MAIN_COLOR } from '../../src/charts/theme.ts';
import { registry } from '../../src/data/datasets.ts';
import { dataManagementLinks } from './links.ts';
import { dataManagementInstitutions } from './institutions.ts';
import { dataManagementSystems } from './systems.ts';

const defaults = {
  rowHeight: 19,
  /** Room for names: at most this many pixels, and at most half the width. */
  marginLeft: 230,
  charWidth: 7.2,
  strokeOpacity: 0.55,
};

interface Node {
  id: string;
  label: string;
  kind: 'institution' | 'system';
}

/** Institutions in dataset order, each followed by the systems it owns; names cut to `maxChars`. */
function nodesInOrder(maxChars: number): Node[] {
  const shorten = (text: string) => (text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text);
  const systemLabel = (name: string) => /\(([A-Z]{3,})\)/.exec(name)?.[1] ?? shorten(name.replaceAll('"', ''));
  const institutions = registry.load(dataManagementInstitutions).rows;
  const systems = registry.load(dataManagementSystems).rows;
  const nodes: Node[] = [];
  for (const institution of institutions) {
    nodes.push({ id: institution.id, label: institution.acronym ?? shorten(institution.name), kind: 'institution' });
    for (const system of systems.filter((s) => s.owner === institution.id)) nodes.push({ id: system.id, label: `  ${systemLabel(system.name)}`, kind: 'system' });
  }
  for (const system of systems.filter((s) => !nodes.some((node) => node.id === s.id))) {
    nodes.push({ id: system.id, label: systemLabel(system.name), kind: 'system' });
  }
  return nodes;
}

export default defineChart(dataManagementLinks, (rows, frame) => {
  const marginLeft = Math.min(defaults.marginLeft, Math.round(frame.width / 2));
  const nodes = nodesInOrder(Math.floor((marginLeft - 14) / defaults.charWidth)).filter((node) => rows.some((row) => row.from === node.id || row.to === node.id));
  const position = new Map(nodes.map((node, index) => [node.id, index]));
  const labelOf = new Map(nodes.map((node) => [node.id, node.label.trim()]));
  const linked = rows.filter((row) => position.has(row.from) && position.has(row.to));
  // The longest arc must fit right of the names: its bulge is half its length times tan(bend / 2).
  const longest = Math.max(1, ...linked.map((row) => Math.abs((position.get(row.from) ?? 0) - (position.get(row.to) ?? 0)))) * defaults.rowHeight;
  const room = frame.width - marginLeft - 12;
  const bend = Math.min(90, (2 * Math.atan((2 * room) / longest) * 180) / Math.PI);
  const downward = linked.filter((row) => (position.get(row.from) ?? 0) < (position.get(row.to) ?? 0));
  const upward = linked.filter((row) => (position.get(row.from) ?? 0) > (position.get(row.to) ?? 0));
  const arc = {
    x1: () => 0,
    x2: () => 0,
    y1: (row: (typeof rows)[number]) => position.get(row.from),
    y2: (row: (typeof rows)[number]) => position.get(row.to),
    stroke: MAIN_COLOR,
    strokeOpacity: defaults.strokeOpacity,
    headLength: 6,
    inset: 4,
    title: (row: (typeof rows)[number]) => `${labelOf.get(row.from)} → ${labelOf.get(row.to)}: ${row.data} (${row.mechanism})`,
  };
  return {
    plot: {
      width: frame.width,
      height: nodes.length * defaults.rowHeight + 30,
      marginLeft,
      marginTop: 15,
      marginBottom: 15,
      x: { domain: [0, 1], axis: null },
      y: { domain: [-0.5, nodes.length - 0.5], axis: null, reverse: true },
      marks: [
        // Arcs bulge to the right whichever way they point; arrowheads give the direction.
        Plot.arrow(downward, { ...arc, bend }),
        Plot.arrow(upward, { ...arc, bend: -bend }),
        Plot.dot(nodes, { x: 0, y: (_, index) => index, r: 3.5, fill: (node) => (node.kind === 'institution' ? 'currentColor' : 'none'), stroke: 'currentColor' }),
        // Institutions in bold; their systems indented below them.
        Plot.text(nodes, { x: 0, y: (_, index) => index, text: (node) => (node.kind === 'institution' ? node.label : ''), textAnchor: 'end', dx: -9, fontWeight: 600 }),
        Plot.text(nodes, { x: 0, y: (_, index) => index, text: (node) => (node.kind === 'system' ? node.label : ''), textAnchor: 'end', dx: -9 }),
      ],
    },
  };
});
