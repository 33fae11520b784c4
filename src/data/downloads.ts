/** The download files of a dataset: the CSV as committed, and JSON with its metadata. */
import type { LoadedDataset } from './registry.ts';
import { fullReference, type Bibliography } from '../bibliography/bibliography.ts';
import type { Lang } from '../i18n/index.ts';
import { datasetText } from './dataset-text.ts';
import type { EditionEntry } from '../report/report-schema.ts';
import { datasetEdition, editionOf } from '../editions/edition-of.ts';

/**
 * The JSON download in `lang`: title, unit, notes, column labels and references in
 * that language; column names and the rows stay as the CSV has them, so a program
 * reads every language's file alike. `editions` are the report's, oldest first: the file names
 * the edition in which the dataset last changed, and the one that published each correction.
 */
export function datasetJson({ dataset, rows }: LoadedDataset, bibliography: Bibliography, lang: Lang, editions: readonly EditionEntry[]): string {
  const cite = (key: string | undefined) => {
    const source = key ? bibliography.get(key) : undefined;
    return source ? { key: source.key, reference: fullReference(source, lang) } : undefined;
  };
  const text = datasetText(dataset, lang);
  const document = {
    id: dataset.id,
    title: text.title,
    unit: text.unit,
    source: cite(dataset.source),
    via: cite(dataset.via),
    locator: text.locator,
    notes: text.notes,
    lastChanged: editionIdentity(datasetEdition(dataset, editions)),
    corrections: text.corrections.map(({ date, note }) => ({ date, edition: editionOf(date, editions, dataset.id).version, note })),
    columns: Object.keys(dataset.columns).map((name) => ({ name, label: text.columns[name] ?? name })),
    rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const editionIdentity = ({ version, date }: EditionEntry) => ({ edition: version, date });
