/**
 * Errors about what editors wrote (CSV files, dataset entries, chapters,
 * citations). Each carries every problem found, one line each, starting with
 * the place: "data/x.csv:5, column "year": expected ...".
 */
import type { z } from 'zod';

export class ReportInputError extends Error {
  readonly problems: readonly string[];

  constructor(summary: string, problems: readonly string[]) {
    super(`${summary}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ReportInputError';
    this.problems = problems;
  }
}

/** One sentence per zod issue, prefixed with the path to the bad value. */
export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `"${path}": ${issue.message}` : issue.message;
  });
}
