/**
 * The commands of the report-site bin, run in the report's folder:
 *   report-site check        every mistake in datasets, chapters, citations and links, then the type check
 *   report-site check:data   every dataset loaded, and each number looked up in the source texts
 *   report-site pdf [dist]   the whole report as dist/<slug>.pdf
 *   report-site new <folder> [--engine <npm spec>]   a new one-chapter report
 */
import { check } from './check.ts';
import { checkData } from './check-data.ts';
import { pdf } from './pdf.ts';
import { newReport } from './new-report.ts';
import { ReportInputError } from '../data/errors.ts';

const USAGE = `Usage: report-site <command>

  check                       check datasets, chapters, figures, citations and links, then types
  check:data                  load every dataset and look up each number in the source texts
  pdf [dist]                  print the whole report as <dist>/<slug>.pdf
  new <folder> [--engine <spec>]
                              write a new one-chapter report into <folder>; --engine is the
                              npm spec it depends on (a version, or file:… for a packed engine)

Run it in the report's folder (the one with astro.config.mjs).`;

export async function main(args: readonly string[], root = process.cwd()): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'check':
        return await check(root, { types: !rest.includes('--no-types') });
      case 'check:data':
        return await checkData(root);
      case 'pdf':
        return await pdf(root, rest[0]);
      case 'new': {
        const folder = rest.find((arg, index) => !arg.startsWith('--') && rest[index - 1] !== '--engine');
        const engineAt = rest.indexOf('--engine');
        if (!folder) break;
        return newReport(folder, { engine: engineAt >= 0 ? rest[engineAt + 1] : undefined });
      }
      case undefined:
      case 'help':
      case '--help':
        console.log(USAGE);
        return 0;
    }
  } catch (error) {
    if (!(error instanceof ReportInputError)) throw error;
    console.error(error.message);
    return 1;
  }
  console.error(`${command === 'new' ? 'report-site new needs a folder' : `Unknown command "${command}"`}.\n\n${USAGE}`);
  return 1;
}
