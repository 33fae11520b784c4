/**
 * Every custom chart of the project (data/**\/*.chart.ts), by project-relative
 * path, so a figure can be drawn from what its chapter wrote (spec={name}
 * names an import) without running the chapter.
 */
import type { CustomChart } from './define-chart.ts';

const modules = import.meta.glob<{ default?: CustomChart }>('/data/**/*.chart.ts', { eager: true });

export function customChart(modulePath: string, at: string): CustomChart {
  const chart = modules[`/${modulePath}`]?.default;
  if (!chart) throw new Error(`${at}: ${modulePath} has no default export made with defineChart(…)`);
  return chart;
}
