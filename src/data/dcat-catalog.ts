/**
 * /data/catalog.jsonld: the datasets as a DCAT catalogue in JSON-LD, for data
 * portals and harvesters: one dcat:Dataset per dataset, with its CSV and JSON
 * as distributions. The context is written out, so it reads with no network.
 */
import type { Registry } from './registry.ts';
import type { ReportIdentity } from '../figures/citation.ts';
import { fullReference } from '../bibliography/bibliography.ts';
import type { Lang } from '../i18n/index.ts';
import { datasetText } from './dataset-text.ts';
import { datasetCsvUrl } from './csvw-metadata.ts';
import { datasetSources, locatedReference } from './dataset-sources.ts';
import { yearSpan } from './year-span.ts';
import { datasetEdition } from '../editions/edition-of.ts';
import type { Edition } from '../figures/citation.ts';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const mediaType = (type: string) => ({ '@id': `https://www.iana.org/assignments/media-types/${type}` });

/**
 * The catalogue in the report's language `lang`, every address absolute under `report.url`.
 * The catalogue's dct:modified is the current edition's date; a dataset's, the date of the
 * edition in which it last changed (editions/edition-of.ts) among `editions`.
 */
export function dcatCatalog(registry: Registry, report: ReportIdentity & { description: string }, lang: Lang, editions: readonly Edition[] = [report.edition]): string {
  const at = (path: string) => new URL(path, report.url).href;
  const xsdDate = (date: string) => ({ '@value': date, '@type': 'xsd:date' });
  const edition = xsdDate(report.edition.date);
  const datasets = [...registry.datasets.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((dataset) => {
      const text = datasetText(dataset, lang);
      const sources = datasetSources(dataset, registry.bibliography);
      const page = at(`data/${dataset.id}/`);
      const years = yearSpan(dataset, registry.load(dataset).rows);
      return {
        '@id': page,
        '@type': 'dcat:Dataset',
        'dct:identifier': dataset.id,
        'dct:title': text.title,
        ...(text.notes.length > 0 ? { 'dct:description': text.notes.join('\n\n') } : {}),
        'dct:source': sources.map((source) => (source.url ? { '@id': source.url, 'dct:bibliographicCitation': fullReference(source, lang) } : { 'dct:bibliographicCitation': fullReference(source, lang) })),
        'dct:bibliographicCitation': locatedReference(sources, text.locator, lang),
        'dct:modified': xsdDate(datasetEdition(dataset, editions).date),
        ...(years ? { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': { '@value': String(years.from), '@type': 'xsd:gYear' }, 'dcat:endDate': { '@value': String(years.to), '@type': 'xsd:gYear' } } } : {}),
        'dcat:landingPage': { '@id': page },
        'dcat:distribution': [
          { '@type': 'dcat:Distribution', 'dct:format': 'CSV', 'dcat:mediaType': mediaType('text/csv'), 'dcat:downloadURL': { '@id': datasetCsvUrl(report.url, dataset.id) } },
          { '@type': 'dcat:Distribution', 'dct:format': 'JSON', 'dcat:mediaType': mediaType('application/json'), 'dcat:downloadURL': { '@id': at(`data/${dataset.id}.json`) } },
        ],
      };
    });
  const document = {
    '@context': { ...CONTEXT, '@language': lang },
    '@id': at('data/catalog.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': report.title,
    'dct:description': report.description,
    'dct:publisher': report.authors.map((name) => ({ '@type': 'foaf:Agent', 'foaf:name': name })),
    'dct:modified': edition,
    'foaf:homepage': { '@id': report.url },
    'dcat:dataset': datasets,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
