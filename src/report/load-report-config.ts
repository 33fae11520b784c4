/**
 * Reads a report's config file and checks it, so a wrong key or a bad value
 * stops the build with the file and the path to the value.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatZodIssues, ReportInputError } from '../data/errors.ts';
import { reportConfigSchema, type ReportConfig } from './report-schema.ts';

/** Checks a config object; `file` names it in messages. */
export function parseReportConfig(input: unknown, file: string): ReportConfig {
  const parsed = reportConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new ReportInputError(`The report config ${file} has problems`, formatZodIssues(parsed.error).map((issue) => `${file}: ${issue}`));
  }
  return parsed.data;
}

/** Imports the config file (a module whose default export is the config) and checks it. */
export async function loadReportConfig(file: string, root = process.cwd()): Promise<ReportConfig> {
  const module = (await import(/* @vite-ignore */ pathToFileURL(path.resolve(root, file)).href)) as { default?: unknown };
  return parseReportConfig(module.default, file);
}
