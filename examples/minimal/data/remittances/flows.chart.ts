/**
 * A custom chart: inward totals as labelled columns. A pure function of the
 * dataset's typed rows (a misspelt column is a type error), tested without a DOM.
 */
import * as Plot from '@observablehq/plot';
import { defineChart, formatNumber, MAIN_COLOR, MARGIN_LEFT } from 'report-site/charts';
import { flows } from './flows.ts';

export default defineChart(flows, (rows, frame) => {
  const totals = rows.filter((row) => row.flow === 'Inward' && row.component === 'Total' && row.usd_millions !== null);
  return {
    plot: {
      width: frame.width,
      height: 280,
      marginTop: 30,
      marginLeft: MARGIN_LEFT,
      x: { label: null, type: 'band', padding: 0.3 },
      y: { label: 'US$ millions', grid: true },
      marks: [
        Plot.barY(totals, { x: (row) => String(row.year), y: 'usd_millions', fill: MAIN_COLOR }),
        Plot.text(totals, { x: (row) => String(row.year), y: 'usd_millions', text: (row) => formatNumber(row.usd_millions ?? 0), dy: -8 }),
        Plot.ruleY([0]),
      ],
    },
  };
});
