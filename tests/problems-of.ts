/** The problems of the ReportInputError that `run` throws; fails the test when it throws none, or another error. */
import { ReportInputError } from '../src/data/errors.ts';

export function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportInputError) return error.problems;
    throw error;
  }
  throw new Error('expected a ReportInputError, but nothing was thrown');
}
