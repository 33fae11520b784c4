/**
 * What a page of the dev server relies on, checked as `report-site check`
 * checks it: every dataset loads, every chapter's frontmatter, figures,
 * citations and links (to their #anchors) hold, every figure id resolves.
 * The chapter check reads every file, so it runs again only when a file of the
 * report's content or data folder has changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { registry } from '../data/datasets.ts';
import { paths, report } from '../report/report.ts';
import { ReportInputError } from '../data/errors.ts';
import { checkChapters } from '../chapters/check-sources.ts';
import { checkedSiteFigures } from '../chapters/all-chapters.ts';
import { reportLangs } from '../i18n/page-lang.ts';

let checked: { version: string; problems: string[] } | undefined;

/** The report's files and their modification times: a new version whenever one is saved, added or removed. */
function version(): string {
  return [paths.contentDir, paths.dataDir]
    .flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)) : []))
    .sort()
    .map((file) => `${file}@${fs.statSync(file).mtimeMs}`)
    .join('\n');
}

export async function checkProjectForDev(): Promise<void> {
  for (const dataset of registry.datasets.values()) registry.load(dataset);
  const now = version();
  if (checked?.version !== now) checked = { version: now, problems: checkChapters(paths, registry, undefined, report.lang) };
  if (checked.problems.length > 0) throw new ReportInputError(`The chapters have ${checked.problems.length} problem(s)`, checked.problems);
  for (const lang of reportLangs()) await checkedSiteFigures(lang);
}
