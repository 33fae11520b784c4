/**
 * Recorded remittance inflows in 1997 and 2010: two labelled columns on a
 * common scale, each at its own year on a time axis, so the thirteen years
 * between them show as the gap they are, not as neighbouring bars. The
 * tooltip gives each number with its unit.
 */
import * as Plot from '@observablehq/plot';
import { defineChart, formatNumber, GRID_OPACITY, MAIN_COLOR, MARGIN_LEFT, valueTip } from 'report-site/charts';
import { remittanceInflowsBop } from './inflows-bop.ts';

/** Half a column's width, in years. */
const HALF_COLUMN = 0.4;

export default defineChart(remittanceInflowsBop, (rows, frame) => {
  const years = rows.map((row) => row.year);
  return {
    plot: {
      width: frame.width,
      height: 300,
      marginTop: 30,
      marginLeft: MARGIN_LEFT,
      marginRight: 24,
      x: { label: null, domain: [Math.min(...years) - 1, Math.max(...years) + 1], ticks: years, tickFormat: (year: number) => String(year) },
      y: { label: frame.unit, grid: false, nice: true },
      marks: [
        Plot.gridY({ strokeOpacity: GRID_OPACITY }),
        Plot.rectY(rows, { x1: (row) => row.year - HALF_COLUMN, x2: (row) => row.year + HALF_COLUMN, y: 'usd_millions', fill: MAIN_COLOR, title: (row) => valueTip(frame.lang, { what: [String(row.year)], value: row.usd_millions, unit: frame.unit }) }),
        Plot.text(rows, { x: 'year', y: 'usd_millions', text: (row) => formatNumber(row.usd_millions, frame.lang), dy: -10 }),
        Plot.ruleY([0]),
      ],
    },
  };
});
