/**
 * Errors about what editors wrote (CSV files, dataset entries, chapters,
 * citations). Each carries every problem found, one line each, starting with
 * the place: "data/x.csv:5, column "year": expected ...".
 */
import type { z } from 'zod';
import { problemLocation } from './problem-location.ts';

export class ReportInputError extends Error {
  readonly problems: readonly string[];
  // Astro's dev server shows an error of type "AstroError" as it is: with this
  // title and the file and line below (its overlay quotes that file), and
  // without the hints it adds to other errors thrown while rendering MDX.
  readonly type = 'AstroError';
  loc: { file?: string; line?: number; column?: number } | undefined;
  frame: string | undefined;
  readonly #title: string;
  readonly #hint: string | undefined;

  constructor(summary: string, problems: readonly string[]) {
    super(`${summary}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ReportInputError';
    this.problems = problems;
    this.#title = summary;
    this.loc = problems.map(problemLocation).find((location) => location !== undefined);
    // The mistake is in the editor's file, not in the engine code that noticed it:
    // the "stack" names that file, so logs and the overlay point there (and the
    // dev server, which prints the stack and then the message, says it once).
    this.stack = `${this.name}: ${summary}${this.loc ? `\n    at ${this.loc.file}:${this.loc.line}:${this.loc.column}` : ''}`;
    this.#hint = problems.length > 1 ? `${problems.length} problems; the code shown is at the first` : undefined;
  }

  // Astro's MDX renderer writes its own title and a generic hint ("… your MDX
  // component encounters runtime errors") onto errors thrown inside MDX; the
  // message already says what to fix, so those writes are ignored.
  get title(): string {
    return this.#title;
  }
  set title(_ignored: string) {}
  get hint(): string | undefined {
    return this.#hint;
  }
  set hint(_ignored: string | undefined) {}

  // The methods Astro calls on its own errors while rendering.
  setLocation(location: { file?: string; line?: number; column?: number }): void {
    this.loc = location;
  }
  setName(name: string): void {
    this.name = name;
  }
  setMessage(message: string): void {
    this.message = message;
  }
  setHint(): void {
    // See the hint accessor.
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
