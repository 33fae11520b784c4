/** The sources a dataset cites: its original source, then the report that reproduces it (`via`), as the bibliography has them. */
import type { Source } from '../schemas/source.ts';
import { fullReference, type Bibliography } from '../bibliography/bibliography.ts';
import type { Lang } from '../i18n/index.ts';
import type { Dataset } from '../schemas/dataset.ts';

export function datasetSources(dataset: Dataset, bibliography: Bibliography): Source[] {
  return [dataset.source, dataset.via].flatMap((key) => {
    const source = key ? bibliography.get(key) : undefined;
    return source ? [source] : [];
  });
}

/** "Author (2016). Title. Publisher. Table 5, p. 65": the locator points into the last source, the report that reproduces the numbers (or the source itself). */
export function locatedReference(sources: readonly Source[], locator: string, lang: Lang): string {
  const last = sources.at(-1);
  return last ? `${fullReference(last, lang)} ${locator}` : locator;
}
