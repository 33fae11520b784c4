/**
 * A custom chart: inward totals as labelled columns. A pure function of the
 * dataset's typed rows (a misspelt column is a type error), tested without a DOM.
 * Its own words and its numbers follow the page's language, frame.lang.
 */
import * as Plot from '@observablehq/plot';
import { defineChart, formatNumber, MAIN_COLOR, MARGIN_LEFT } from 'report-site/charts';
import { flows } from './flows.ts';

export default defineChart(flows, (rows, frame) => {
  // The rows hold the CSV's values in every language; only what is shown is translated.
  const totals = rows.filter((row) => row.flow === 'Inward' && row.component === 'Total' && row.usd_millions !== null);
  return {
    plot: {
      width: frame.width,
      height: 280,
      marginTop: 30,
      marginLeft: MARGIN_LEFT,
      x: { label: null, type: 'band', padding: 0.3 },
      y: { label: frame.unit, grid: true }, // the dataset's unit, in the page's language
      marks: [
        Plot.barY(totals, { x: (row) => String(row.year), y: 'usd_millions', fill: MAIN_COLOR }),
        Plot.text(totals, { x: (row) => String(row.year), y: 'usd_millions', text: (row) => formatNumber(row.usd_millions ?? 0, frame.lang), dy: -8 }),
        Plot.ruleY([0]),
      ],
    },
  };
});
