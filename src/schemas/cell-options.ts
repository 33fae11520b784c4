/**
 * A column type's options, checked when the dataset entry runs: a misspelt
 * option (`minimum` for `min`) is a type error in `report-site check`, but the
 * dev server and the build strip types, and would silently drop the limit.
 */
import path from 'node:path';
import { z } from 'zod';
import { ReportInputError, formatZodIssues } from '../data/errors.ts';
import { didYouMean } from '../chapters/closest-name.ts';

const numberOptionsSchema = z.strictObject({
  min: z.number({ error: 'expected a number' }).optional(),
  max: z.number({ error: 'expected a number' }).optional(),
  integer: z.boolean({ error: 'expected true or false' }).optional(),
});

/** Where the entry called the column type: the first stack frame outside the engine's schemas. */
function callSite(): string | undefined {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const outside = frames.find((frame) => !/[\\/]schemas[\\/]cell(?:s|-options)\.ts/.test(frame) && /:\d+:\d+\)?$/.test(frame));
  const match = outside ? /(?:\(|at )(?:file:\/\/)?([^()\s]+?):(\d+):(\d+)\)?$/.exec(outside.trim()) : undefined;
  if (!match) return undefined;
  // Shown as the author's editor and terminal show it: relative to where the command runs, if inside it.
  const relative = path.relative(process.cwd(), match[1]!);
  const file = relative.startsWith('..') || path.isAbsolute(relative) ? match[1]! : relative.split(path.sep).join('/');
  return `${file}:${match[2]}:${match[3]}`;
}

export function checkedNumberOptions<Options>(options: Options, type: string): Options {
  const parsed = numberOptionsSchema.safeParse(options);
  if (parsed.success) return options;
  const at = callSite();
  const problems = parsed.error.issues.map((issue) => {
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const what = unknown.length > 0 ? unknown.map((key) => `unknown option "${key}"; ${didYouMean(key, Object.keys(numberOptionsSchema.shape), 'options')}`).join('; ') : formatZodIssues(new z.ZodError([issue])).join('');
    return `${at ? `${at}: ` : ''}cell.${type}(): ${what}`;
  });
  throw new ReportInputError(`A column type in a dataset entry has a bad option`, problems);
}
