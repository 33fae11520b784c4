/**
 * Which edition published a change. A correction made on a day belongs to the
 * first edition dated that day or later. A dataset last changed in the later
 * of two editions: the one its entry names in `changedIn` (the first edition
 * when it names none), and the one that published its latest correction.
 */
import { ReportInputError } from '../data/errors.ts';
import type { EditionEntry } from '../report/report-schema.ts';
import type { Dataset } from '../schemas/dataset.ts';

/** The edition that publishes a correction dated `date`; `where` names the correction in the message. */
export function editionOf<E extends Pick<EditionEntry, 'version' | 'date'>>(date: string, editions: readonly E[], where: string): E {
  const edition = editions.find((candidate) => candidate.date >= date);
  if (edition) return edition;
  const latest = editions.at(-1);
  throw new ReportInputError('A correction comes after the latest edition', [
    `${where}: the correction of ${date} is later than the latest edition (${latest?.version}, ${latest?.date}); add the edition that publishes it to editions in the report config`,
  ]);
}

/** The edition in which a dataset last changed (see the rule above). */
export function datasetEdition<E extends Pick<EditionEntry, 'version' | 'date'>>(dataset: Pick<Dataset, 'id' | 'file' | 'changedIn' | 'corrections'>, editions: readonly E[]): E {
  const where = `data/${dataset.file.replace(/\.csv$/, '.ts')} ("${dataset.id}")`;
  const named = dataset.changedIn === undefined ? editions[0] : editions.find((edition) => edition.version === dataset.changedIn);
  if (!named) {
    throw new ReportInputError('A dataset names an unknown edition', [`${where}: changedIn "${dataset.changedIn}" is not an edition of the report; expected one of ${editions.map((edition) => `"${edition.version}"`).join(', ')}`]);
  }
  const latest = dataset.corrections.at(-1);
  const corrected = latest ? editionOf(latest.date, editions, `${where}, corrections`) : named;
  return corrected.date > named.date ? corrected : named;
}

/** The problem of `run`, when it is a mistake in the report, as lines; none when it passes. */
function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof ReportInputError) return error.problems;
    throw error;
  }
}

/** For `report-site check`: each dataset whose `changedIn` or corrections no edition publishes. */
export function datasetEditionProblems(datasets: Iterable<Pick<Dataset, 'id' | 'file' | 'changedIn' | 'corrections'>>, editions: readonly EditionEntry[]): string[] {
  return [...datasets].flatMap((dataset) => [
    ...problemsOf(() => datasetEdition(dataset, editions)),
    // Every correction, not only the latest that decides the dataset's edition.
    ...dataset.corrections.slice(0, -1).flatMap((correction) => problemsOf(() => editionOf(correction.date, editions, `data/${dataset.file.replace(/\.csv$/, '.ts')} ("${dataset.id}"), corrections`))),
  ]);
}

/** For `report-site check`: each <Correction> of a chapter that no edition publishes. */
export function chapterCorrectionProblems(file: string, corrections: readonly { date: string; line: number }[], editions: readonly EditionEntry[]): string[] {
  return corrections.flatMap((correction) => problemsOf(() => editionOf(correction.date, editions, `${file}:${correction.line}, <Correction date="${correction.date}">`)));
}
