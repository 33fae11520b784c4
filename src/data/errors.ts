/**
 * Errors about what editors wrote (CSV files, dataset entries, chapters,
 * citations). Each carries every problem found, one line each, starting with
 * the place: "data/x.csv:5, column "year": expected ...". They are Astro's own
 * errors (astro/errors), located at the author's file and line, so the build,
 * `report-site check` and the dev server's overlay all show them as Astro shows
 * a mistake in a page.
 */
import { AstroError } from 'astro/errors';
import type { z } from 'zod';
import { problemLocation, type ProblemLocation } from './problem-location.ts';

export class ReportInputError extends AstroError {
  readonly problems: readonly string[];
  /** Where the first problem is: the file and line the terminal and the dev overlay show. */
  loc: ProblemLocation | undefined;
  readonly title: string;

  constructor(summary: string, problems: readonly string[]) {
    const loc = problems.map(problemLocation).find((location) => location !== undefined);
    super(`${summary}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`, problems.length > 1 ? `${problems.length} problems; the code shown is at the first` : undefined);
    this.name = 'ReportInputError';
    this.problems = problems;
    this.title = summary;
    this.loc = loc;
    // The mistake is in the author's file, not in the engine code that noticed it:
    // the stack names that file (or, for a problem with no line, the file alone).
    const file = loc ? `${loc.file}:${loc.line}:${loc.column}` : /^([^\s:,()"]+\.[A-Za-z]+)/.exec(problems[0] ?? '')?.[1];
    this.stack = `${this.name}: ${summary}${file ? `\n    at ${file}` : ''}`;
    // Astro's MDX renderer writes its own title and a generic hint ("… your MDX
    // component encounters runtime errors") onto errors thrown inside MDX; the
    // message already says what to fix, so those writes are ignored.
    const hint = this.hint;
    Object.defineProperty(this, 'hint', { get: () => hint, set: () => {}, enumerable: true });
    Object.defineProperty(this, 'title', { get: () => summary, set: () => {}, enumerable: true });
  }

  // Astro sets the location of the component that threw; a location in the author's file is kept.
  setLocation(location: { file?: string; line?: number; column?: number }): void {
    if (!this.loc && location.file && location.line) this.loc = { file: location.file, line: location.line, column: location.column ?? 1 };
  }
  setName(name: string): void {
    this.name = name;
  }
  setMessage(message: string): void {
    this.message = message;
  }
  setHint(): void {
    // See the hint property.
  }
  setFrame(): void {
    // The overlay reads the frame from loc.file itself.
  }
}

/** One sentence per zod issue, prefixed with the path to the bad value. */
export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `"${path}": ${issue.message}` : issue.message;
  });
}
