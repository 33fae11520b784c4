/**
 * Every custom chart of the report (*.chart.ts below its data folder), by
 * project-relative path, so a figure can be drawn from what its chapter wrote
 * (spec={name} names an import) without running the chapter.
 */
import chartModules, { prefix } from 'virtual:report-site/charts';
import type { CustomChart } from './define-chart.ts';

export function customChart(modulePath: string, at: string): CustomChart {
  const chart = chartModules[`${prefix}${modulePath}`]?.default;
  if (!chart) throw new Error(`${at}: ${modulePath} has no default export made with defineChart(…)`);
  return chart;
}
