/**
 * Checks everything an editor writes, without building the site, and lists
 * every problem at once: datasets (CSV cells, columns, ids, citation keys),
 * chapter frontmatter, figures, citations, and links down to their #anchors.
 *   npm run check        (then TypeScript: astro check)
 */
import type { Registry } from '../src/data/registry.ts';
import { ReportInputError } from '../src/data/errors.ts';
import { loadProject } from '../src/report/load-project.ts';
import { checkChapters } from '../src/chapters/check-sources.ts';
import path from 'node:path';

const started = performance.now();
const problems: string[] = [];
let registry: Registry | undefined;
try {
  ({ registry } = await loadProject());
  for (const dataset of registry.datasets.values()) {
    try {
      registry.load(dataset);
    } catch (error) {
      if (!(error instanceof ReportInputError)) throw error;
      problems.push(...error.problems);
    }
  }
} catch (error) {
  if (!(error instanceof ReportInputError)) throw error;
  problems.push(...error.problems);
}
if (registry) problems.push(...checkChapters('content', registry));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) found in ${seconds} s:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Datasets, frontmatter, figures, citations and links: no problems (${registry?.datasets.size} datasets, ${seconds} s).`);
