/**
 * /data/<id>.csv-metadata.json: W3C CSVW tabular metadata beside each CSV
 * (found by a CSVW processor as "<file>-metadata.json"), written from the
 * dataset's Table Schema so both descriptions say the same.
 */
import type { Registry } from './registry.ts';
import { fullReference } from '../bibliography/bibliography.ts';
import type { Lang } from '../i18n/index.ts';
import { datasetText } from './dataset-text.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { tableSchema, type TableSchemaField } from './table-schema.ts';
import { datasetSources, locatedReference } from './dataset-sources.ts';

// CSVW's XML Schema names for the Table Schema types: the CSVs hold plain decimals, not doubles.
const DATATYPE_BASE: Record<TableSchemaField['type'], string> = {
  number: 'decimal',
  integer: 'integer',
  year: 'gYear',
  string: 'string',
  any: 'string',
};

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function datatype({ type, constraints = {} }: TableSchemaField) {
  const { enum: values, pattern } = constraints;
  // A year's bounds are written as years ("1900"), in the lexical form of gYear.
  const bound = (value: number | undefined) => (value !== undefined && type === 'year' ? String(value) : value);
  const [minimum, maximum] = [bound(constraints.minimum), bound(constraints.maximum)];
  // A string's format is a regular expression that the whole cell matches.
  const format = values ? values.map(escapeRegExp).join('|') : pattern;
  if (minimum === undefined && maximum === undefined && format === undefined) return DATATYPE_BASE[type];
  return {
    base: DATATYPE_BASE[type],
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
    ...(format !== undefined ? { format } : {}),
  };
}

/** The address of a dataset's CSV, under the site's address (with its base path). */
export const datasetCsvUrl = (siteUrl: string, id: string) => new URL(`data/${id}.csv`, siteUrl).href;

export function csvwMetadata(registry: Registry, dataset: Dataset, siteUrl: string, lang: Lang): string {
  const text = datasetText(dataset, lang);
  const sources = datasetSources(dataset, registry.bibliography);
  const document = {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': lang }],
    url: datasetCsvUrl(siteUrl, dataset.id),
    'dc:title': text.title,
    ...(text.notes.length > 0 ? { 'dc:description': text.notes.join('\n\n') } : {}),
    'dc:source': sources.map((source) => fullReference(source, lang)),
    'dc:bibliographicCitation': locatedReference(sources, text.locator, lang),
    tableSchema: {
      columns: tableSchema(dataset, text).fields.map((field) => ({
        name: field.name,
        titles: field.title,
        datatype: datatype(field),
        null: field.missingValues,
        ...(field.constraints?.required ? { required: true } : {}),
        ...(field.unit ? { 'schema:unitText': field.unit } : {}),
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
