/** The download files of a dataset: the CSV as committed, and JSON with its metadata. */
import type { LoadedDataset } from './registry.ts';
import { fullReference, type Bibliography } from '../bibliography/bibliography.ts';
import type { Lang } from '../i18n/index.ts';

/** The JSON download, its references written in `lang`. */
export function datasetJson({ dataset, rows }: LoadedDataset, bibliography: Bibliography, lang: Lang): string {
  const cite = (key: string | undefined) => {
    const source = key ? bibliography.get(key) : undefined;
    return source ? { key: source.key, reference: fullReference(source, lang) } : undefined;
  };
  const document = {
    id: dataset.id,
    title: dataset.title,
    unit: dataset.unit,
    source: cite(dataset.source),
    via: cite(dataset.via),
    locator: dataset.locator,
    notes: dataset.notes,
    columns: Object.entries(dataset.columns).map(([name, label]) => ({ name, label })),
    rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
