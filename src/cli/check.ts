/**
 * report-site check: everything an editor writes, checked without building,
 * with every problem listed at once: datasets (CSV cells, columns, ids,
 * citation keys), chapter frontmatter, figures, citations, and links down to
 * their #anchors, glossary terms, corrections that no edition publishes. Then the type check of the report's own files
 * (astro check). Warnings (a synonym of a glossary term in a chapter) are
 * printed and do not fail the check.
 */
import { ReportInputError } from '../data/errors.ts';
import { loadProject, type Project } from '../report/load-project.ts';
import { checkChapters } from '../chapters/check-sources.ts';
import { datasetEditionProblems } from '../editions/edition-of.ts';
import { runAstro } from './run-astro.ts';
import type { ReportSiteOptions } from '../report/options.ts';

/** Every problem (and warning) of the report in `root`, one line each, starting with its file and line. */
export async function findProblems(root: string, options: ReportSiteOptions = {}): Promise<{ problems: string[]; warnings: string[]; project?: Project }> {
  const problems: string[] = [];
  const warnings: string[] = [];
  let project: Project | undefined;
  try {
    project = await loadProject(root, options);
    for (const dataset of project.registry.datasets.values()) {
      try {
        project.registry.load(dataset);
      } catch (error) {
        if (!(error instanceof ReportInputError)) throw error;
        problems.push(...error.problems);
      }
    }
  } catch (error) {
    if (!(error instanceof ReportInputError)) throw error;
    problems.push(...error.problems);
  }
  if (project) {
    problems.push(...checkChapters(project.paths, project.registry, warnings, project.report.lang, project.report.editions));
    problems.push(...datasetEditionProblems(project.registry.datasets.values(), project.report.editions));
  }
  return { problems, warnings, project };
}

export async function check(root: string, { types = true, options = {} as ReportSiteOptions } = {}): Promise<number> {
  const started = performance.now();
  const { problems, warnings, project } = await findProblems(root, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (warnings.length > 0) console.warn(`${warnings.length} warning(s), which do not fail the check:\n${warnings.map((warning) => `  - ${warning}`).join('\n')}`);
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s) found in ${seconds} s:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return 1;
  }
  console.log(`Datasets, frontmatter, figures, citations and links: no problems (${project?.registry.datasets.size} datasets, ${seconds} s).`);
  return types ? runAstro(root, ['check']) : 0;
}
