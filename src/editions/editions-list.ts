/**
 * What the Editions and corrections page lists: every edition, newest first,
 * with its summary of changes in the page's language and the corrections it
 * published, each linking to where it was made (a chapter's <Correction> note,
 * or a dataset page's corrections). Paths are before the base path.
 */
import type { EditionEntry } from '../report/report-schema.ts';
import type { ChapterAnalysis } from '../chapters/analyse-chapter.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { DatasetText } from '../data/dataset-text.ts';
import { editionOf } from './edition-of.ts';

export interface ListedCorrection {
  date: string;
  /** Where it was made: the chapter's title, or the dataset's. */
  where: { kind: 'chapter' | 'dataset'; title: string };
  /** The page and anchor of the note, e.g. "/chapter/#correction-2027-01-15". */
  path: string;
  text: string;
}

export interface ListedEdition {
  version: string;
  date: string;
  changes: string | undefined;
  current: boolean;
  corrections: ListedCorrection[];
}

export interface EditionsInput {
  editions: readonly EditionEntry[];
  /** The report's own language: its editions' `changes` are written in it. */
  reportLang: string;
  lang: string;
  chapters: readonly { path: string; title: string; analysis: Pick<ChapterAnalysis, 'file' | 'corrections'> }[];
  datasets: readonly { dataset: Pick<Dataset, 'id' | 'file'>; text: Pick<DatasetText, 'title' | 'corrections'> }[];
  /** "" for the report's own language, "/az" for another: the prefix of the dataset pages. */
  langPrefix: string;
}

export function editionsList({ editions, reportLang, lang, chapters, datasets, langPrefix }: EditionsInput): ListedEdition[] {
  const corrections: (ListedCorrection & { edition: string })[] = [
    ...chapters.flatMap((chapter) =>
      chapter.analysis.corrections.map((correction) => ({
        date: correction.date,
        where: { kind: 'chapter' as const, title: chapter.title },
        path: `${chapter.path}#${correction.id}`,
        text: correction.text,
        edition: editionOf(correction.date, editions, `${chapter.analysis.file}:${correction.line}, <Correction date="${correction.date}">`).version,
      })),
    ),
    ...datasets.flatMap(({ dataset, text }) =>
      text.corrections.map((correction) => ({
        date: correction.date,
        where: { kind: 'dataset' as const, title: text.title },
        path: `${langPrefix}/data/${dataset.id}/#corrections`,
        text: correction.note,
        edition: editionOf(correction.date, editions, `data/${dataset.file.replace(/\.csv$/, '.ts')} ("${dataset.id}"), corrections`).version,
      })),
    ),
  ];
  // Oldest correction first within an edition; a day's corrections in the order of the pages.
  const byDate = corrections.map((correction, order) => ({ correction, order })).sort((a, b) => a.correction.date.localeCompare(b.correction.date) || a.order - b.order);
  return [...editions].reverse().map((edition, index) => ({
    version: edition.version,
    date: edition.date,
    changes: lang === reportLang ? edition.changes : edition.translations[lang]?.changes,
    current: index === 0,
    corrections: byDate.filter(({ correction }) => correction.edition === edition.version).map(({ correction: { edition: _edition, ...listed } }) => listed),
  }));
}
