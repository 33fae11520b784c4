/**
 * Recorded remittance inflows in 1997 and 2010: two labelled columns on a
 * common scale, so the growth shows; the tooltip gives each number with its unit.
 */
import * as Plot from '@observablehq/plot';
import { defineChart, formatNumber, GRID_OPACITY, MAIN_COLOR, MARGIN_LEFT, valueTip } from 'report-site/charts';
import { remittanceInflowsBop } from './inflows-bop.ts';

export default defineChart(remittanceInflowsBop, (rows, frame) => ({
  plot: {
    width: frame.width,
    height: 300,
    marginTop: 30,
    marginLeft: MARGIN_LEFT,
    x: { label: null, type: 'band', domain: rows.map((row) => String(row.year)), padding: 0.5 },
    y: { label: frame.unit, grid: false },
    marks: [
      Plot.gridY({ strokeOpacity: GRID_OPACITY }),
      Plot.barY(rows, { x: (row) => String(row.year), y: 'usd_millions', fill: MAIN_COLOR, title: (row) => valueTip(frame.lang, { what: [String(row.year)], value: row.usd_millions, unit: frame.unit }) }),
      Plot.text(rows, { x: (row) => String(row.year), y: 'usd_millions', text: (row) => formatNumber(row.usd_millions, frame.lang), dy: -10 }),
      Plot.ruleY([0]),
    ],
  },
}));
