/**
 * The integration's options, checked once: where the report keeps its chapters,
 * its datasets and its config file, relative to the project root (Astro's
 * `root`, never the working directory).
 */
import path from 'node:path';
import { z } from 'zod';

const folder = z
  .string()
  .min(1)
  .refine((value) => !path.isAbsolute(value) && !value.split(/[\\/]/).includes('..'), 'expected a folder inside the project, e.g. "content"');

export const reportSiteOptionsSchema = z.strictObject({
  /** The folder of the chapters (MDX) and the report config. */
  content: folder.default('content'),
  /** The folder of the datasets: each CSV with its typed entry beside it. */
  data: folder.default('data'),
  /** The report config file; by default report.config.ts in the content folder. */
  config: z.string().min(1).optional(),
});

export type ReportSiteOptions = z.input<typeof reportSiteOptionsSchema>;

/** Where the integration keeps the options it was given, for the commands to read from astro.config.mjs. */
export const REPORT_SITE_OPTIONS = Symbol.for('report-site.options');

/** Where things are, as absolute paths and as the project-relative names messages use. */
export interface ReportPaths {
  root: string;
  contentDir: string;
  dataDir: string;
  configPath: string;
  /** "content", "data", "content/report.config.ts": posix, relative to root. */
  content: string;
  data: string;
  configFile: string;
}

const posix = (value: string) => value.split(path.sep).join('/').replace(/\/+$/, '');

export function resolveReportPaths(options: z.output<typeof reportSiteOptionsSchema>, root: string): ReportPaths {
  const content = posix(path.normalize(options.content));
  const data = posix(path.normalize(options.data));
  const configFile = posix(path.normalize(options.config ?? `${content}/report.config.ts`));
  return {
    root,
    contentDir: path.resolve(root, content),
    dataDir: path.resolve(root, data),
    configPath: path.resolve(root, configFile),
    content,
    data,
    configFile,
  };
}

/** A file's name as messages show it: relative to the project root. */
export function shownPath(paths: Pick<ReportPaths, 'root'>, absolute: string): string {
  return posix(path.relative(paths.root, absolute)) || '.';
}
