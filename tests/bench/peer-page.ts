/**
 * The source of the peer page: the five charts of the remittances chapter as
 * one Observable Framework page, drawn in the browser with Plot from the
 * chapter's own CSVs, with the same kinds of marks as ours (columns, lines,
 * stacked columns, horizontal bars). Plot and d3-dsv are bare imports, so
 * Framework bundles them from node_modules instead of fetching `npm:` modules
 * from a CDN; the CSVs are parsed with d3-dsv from `FileAttachment(…).text()`,
 * because `FileAttachment(…).csv()` makes Framework fetch `npm:d3-dsv` from
 * cdn.jsdelivr.net at build time.
 */

/** Files the page reads, from the project's data/remittances/. */
export const PEER_CSVS = ['inflows-bop.csv', 'flows.csv', 'uses-channels.csv'] as const;

/** How many charts the page draws. */
export const PEER_CHARTS = 5;

export const PEER_CONFIG = `export default {root: "src", title: "Remittances"};\n`;

// "-" marks a figure the source does not give; it becomes a gap, as in ours.
export const PEER_MARKDOWN = `# Remittances

\`\`\`js
import * as Plot from "@observablehq/plot";
import {csvParse} from "d3-dsv";
const amount = (text) => (text === "-" ? NaN : Number(text));
const bop = csvParse(await FileAttachment("data/inflows-bop.csv").text(), (d) => ({...d, usd_millions: amount(d.usd_millions)}));
const flows = csvParse(await FileAttachment("data/flows.csv").text(), (d) => ({...d, year: Number(d.year), usd_millions: amount(d.usd_millions)}));
const uses = csvParse(await FileAttachment("data/uses-channels.csv").text(), (d) => ({...d, share_percent: Number(d.share_percent)}));
const parts = (flow) => flows.filter((d) => d.flow === flow && d.component !== "Total" && !Number.isNaN(d.usd_millions));
\`\`\`

## Recorded remittance inflows, 1997 and 2010

US$ millions, balance of payments

\`\`\`js
display(Plot.plot({
  y: {label: "US$ millions", grid: true},
  x: {label: null, type: "band", padding: 0.5},
  marks: [
    Plot.barY(bop, {x: "year", y: "usd_millions", tip: true}),
    Plot.text(bop, {x: "year", y: "usd_millions", text: "as_published", dy: -8}),
    Plot.ruleY([0])
  ]
}));
\`\`\`

## Remittances into and out of Azerbaijan, 2003–2010

Recorded flows, US$ millions

\`\`\`js
display(Plot.plot({
  x: {label: null, tickFormat: "d"},
  y: {label: "US$ millions", grid: true},
  color: {legend: true},
  marks: [
    Plot.lineY(flows.filter((d) => d.component === "Total"), {x: "year", y: "usd_millions", stroke: "flow", marker: true, tip: true}),
    Plot.ruleY([0])
  ]
}));
\`\`\`

## Inward remittances by component, 2003–2010

US$ millions

\`\`\`js
display(Plot.plot({
  x: {label: null, tickFormat: "d"},
  y: {label: "US$ millions", grid: true},
  color: {legend: true},
  marks: [Plot.barY(parts("Inward"), {x: "year", y: "usd_millions", fill: "component", tip: true}), Plot.ruleY([0])]
}));
\`\`\`

## Outward remittances by component, 2003–2010

US$ millions

\`\`\`js
display(Plot.plot({
  x: {label: null, tickFormat: "d"},
  y: {label: "US$ millions", grid: true},
  color: {legend: true},
  marks: [Plot.barY(parts("Outward"), {x: "year", y: "usd_millions", fill: "component", tip: true}), Plot.ruleY([0])]
}));
\`\`\`

## How remittances are used and sent

Shares reported by the 2007 ADB study, per cent; each share has its own base

\`\`\`js
display(Plot.plot({
  marginLeft: 220,
  x: {label: "per cent", domain: [0, 100]},
  y: {label: null},
  marks: [
    Plot.barX(uses, {x: "share_percent", y: "measure", tip: true}),
    Plot.text(uses, {x: "share_percent", y: "measure", text: "as_published", textAnchor: "start", dx: 4}),
    Plot.ruleX([0])
  ]
}));
\`\`\`
`;
