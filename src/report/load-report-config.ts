/**
 * Reads a report's config file and checks it, so a wrong key or a bad value
 * stops the build with the file and the path to the value.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { formatZodIssues, ReportInputError } from '../data/errors.ts';
import { reportConfigSchema, type ReportConfig } from './report-schema.ts';
import type { ReportPaths } from './options.ts';

/** Checks a config object; `file` names it in messages. */
export function parseReportConfig(input: unknown, file: string): ReportConfig {
  const parsed = reportConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new ReportInputError(`The report config ${file} has problems`, formatZodIssues(parsed.error).map((issue) => `${file}: ${issue}`));
  }
  return parsed.data;
}

/**
 * Imports the config file (a module whose default export is the config) and
 * checks it. In Node (the commands), a plain import; Astro's integration hooks
 * pass `importModule`, a Vite module runner, since the config is TypeScript
 * that imports the engine, which is TypeScript too.
 */
export async function loadReportConfig(
  paths: Pick<ReportPaths, 'configPath' | 'configFile'>,
  importModule: (file: string) => Promise<{ default?: unknown }> = (file) => import(/* @vite-ignore */ pathToFileURL(file).href),
): Promise<ReportConfig> {
  if (!fs.existsSync(paths.configPath)) {
    throw new ReportInputError('The report config is missing', [`${paths.configFile}: no such file; write it with defineReport({ title, … }) from "report-site", or set the integration's "config" option`]);
  }
  const module = await importModule(paths.configPath);
  return parseReportConfig(module.default, paths.configFile);
}
