/**
 * The schema.org Dataset of a dataset's page, in JSON-LD, as search engines
 * (Google Dataset Search) read it: name, description, creator, the source it
 * is based on, its downloads, its columns, the years its rows cover, the
 * edition and the date of the edition in which the dataset last changed.
 */
import type { Registry } from './registry.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { ReportIdentity } from '../figures/citation.ts';
import { fullReference } from '../bibliography/bibliography.ts';
import type { Lang } from '../i18n/index.ts';
import { datasetText } from './dataset-text.ts';
import { datasetSources, locatedReference } from './dataset-sources.ts';
import { tableSchema } from './table-schema.ts';
import { isoYears, yearSpan } from './year-span.ts';

export interface DatasetPageAddresses {
  /** The page's absolute address. */
  page: string;
  /** The data catalogue's absolute address, in the page's language. */
  catalogue: string;
  /** The catalogue's name in the page's language. */
  catalogueName: string;
}

/** `modified` is the date of the edition in which the dataset last changed (editions/edition-of.ts); the current edition's by default. */
export function datasetJsonLd(registry: Registry, dataset: Dataset, report: ReportIdentity, addresses: DatasetPageAddresses, lang: Lang, modified = report.edition.date): object {
  const text = datasetText(dataset, lang);
  const at = (path: string) => new URL(path, report.url).href;
  const sources = datasetSources(dataset, registry.bibliography);
  const years = yearSpan(dataset, registry.load(dataset).rows);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': addresses.page,
    url: addresses.page,
    identifier: dataset.id,
    name: text.title,
    // A notes-less dataset is described by its title, unit and source.
    description: text.notes.length > 0 ? text.notes.join(' ') : `${text.title} (${text.unit}). ${locatedReference(sources, text.locator, lang)}`,
    inLanguage: lang,
    version: report.edition.version,
    dateModified: modified,
    ...(years ? { temporalCoverage: isoYears(years) } : {}),
    creator: report.authors.map((name) => ({ '@type': 'Organization', name })),
    isBasedOn: sources.map((source) => ({ '@type': 'CreativeWork', name: fullReference(source, lang), ...(source.url ? { url: source.url } : {}) })),
    citation: locatedReference(sources, text.locator, lang),
    variableMeasured: tableSchema(dataset, text).fields.map((field) => ({ '@type': 'PropertyValue', name: field.title, ...(field.unit ? { unitText: field.unit } : {}) })),
    includedInDataCatalog: { '@type': 'DataCatalog', name: addresses.catalogueName, url: addresses.catalogue },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: at(`data/${dataset.id}.csv`) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: new URL(`${dataset.id}.json`, addresses.catalogue).href },
    ],
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no text in it can close the element. */
export function jsonLdScript(document: object): string {
  return JSON.stringify(document).replace(/</g, '\\u003c');
}
