/**
 * The commands of the report-site bin, run in the report's folder:
 *   report-site check        every mistake in datasets, chapters, citations and links, then the type check
 *   report-site check:data   every dataset loaded, and each number looked up in the source texts
 *   report-site pdf [dist]   the whole report as dist/<slug>.pdf
 *   report-site bench        the report's build time and memory, and what its pages weigh
 *   report-site new <folder> [--engine <npm spec>] [--date <day>]   a new one-chapter report
 */
import { parseArgs } from 'node:util';
import { newReport } from './new-report.ts';
import type { ReportSiteOptions } from '../report/options.ts';

const USAGE = `Usage: report-site <command>

  check [--no-types]          check datasets, chapters, figures, citations and links, then types
  check:data                  load every dataset and look up each number in the source texts
  pdf [dist]                  print the whole report as <dist>/<slug>.pdf
  bench                       build the report and print its time, memory and page weights
  new <folder> [--engine <spec>] [--date <yyyy-mm-dd>]
                              write a new one-chapter report into <folder>; --engine is the
                              npm spec it depends on (a version, or file:… for a packed
                              engine), --date the first edition's date (today by default)

check, check:data and pdf find the chapters, datasets and config where the report's
astro.config.mjs tells reportSite({ content, data, config }) they are (--content, --data
and --config say it instead). Run it in the report's folder.`;

/** The integration's folder options, for a report that moved its chapters, datasets or config (as set in astro.config.mjs). */
const FOLDERS = { content: { type: 'string' }, data: { type: 'string' }, config: { type: 'string' } } as const;
/** The folders given as flags, else those the report's astro.config.mjs gives reportSite(). */
async function folders(values: { content?: string; data?: string; config?: string }, root: string): Promise<ReportSiteOptions> {
  const given = Object.fromEntries(Object.entries({ content: values.content, data: values.data, config: values.config }).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length > 0) return given;
  const { reportOptionsOf } = await import('./report-options.ts');
  return reportOptionsOf(root);
}

export async function main(args: readonly string[], root = process.cwd()): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      // Each command loads what it needs, so `new` runs from the package alone.
      case 'check': {
        const { values } = parseArgs({ args: rest, options: { ...FOLDERS, 'no-types': { type: 'boolean' } } });
        return await (await import('./check.ts')).check(root, { types: !values['no-types'], options: await folders(values, root) });
      }
      case 'check:data': {
        const { values } = parseArgs({ args: rest, options: FOLDERS });
        return await (await import('./check-data.ts')).checkData(root, process.env, await folders(values, root));
      }
      case 'pdf': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: FOLDERS });
        return await (await import('./pdf.ts')).pdf(root, positionals[0], await folders(values, root));
      }
      case 'bench':
        return await (await import('./bench.ts')).bench(root);
      case 'new': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { engine: { type: 'string' }, date: { type: 'string' } } });
        if (positionals.length !== 1) break;
        return newReport(positionals[0]!, values);
      }
      case undefined:
      case 'help':
      case '--help':
        console.log(USAGE);
        return 0;
    }
  } catch (error) {
    const unknownOption = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    // A mistake in the report (ReportInputError) is a message for its author, not a crash.
    if ((error as Error).name !== 'ReportInputError' && !unknownOption) throw error;
    console.error(unknownOption ? `${(error as Error).message}\n\n${USAGE}` : (error as Error).message);
    return 1;
  }
  console.error(`${command === 'new' ? 'report-site new needs a folder' : `Unknown command "${command}"`}.\n\n${USAGE}`);
  return 1;
}
