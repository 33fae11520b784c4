/**
 * /data/datapackage.json: every dataset as a resource of one Frictionless Data
 * Package (v2), each with its Table Schema, title, notes and sources, so data
 * tools read the CSVs with the rules the build reads them with.
 */
import { createHash } from 'node:crypto';
import type { Registry } from './registry.ts';
import type { ReportIdentity } from '../figures/citation.ts';
import { fullReference } from '../bibliography/bibliography.ts';
import type { Lang } from '../i18n/index.ts';
import { datasetText } from './dataset-text.ts';
import { tableSchema } from './table-schema.ts';
import { datasetSources } from './dataset-sources.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

// No licence: the report config names none, and one is never invented.
export interface DataPackageReport extends ReportIdentity {
  description: string;
}

/** The package in `lang`; resource paths are relative, so the same file works on the site and in the zip. */
export function dataPackage(registry: Registry, report: DataPackageReport, lang: Lang): string {
  const resources = [...registry.datasets.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((dataset) => {
      const { csvText } = registry.load(dataset);
      const text = datasetText(dataset, lang);
      const sources = datasetSources(dataset, registry.bibliography).map((source) => ({ title: fullReference(source, lang), ...(source.url ? { path: source.url } : {}) }));
      return {
        name: dataset.id,
        type: 'table',
        path: `${dataset.id}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: Buffer.byteLength(csvText),
        hash: `sha256:${createHash('sha256').update(csvText).digest('hex')}`,
        title: text.title,
        ...(text.notes.length > 0 ? { description: text.notes.join('\n\n') } : {}),
        sources,
        /** Where in the source the numbers are: a property of ours, beside the profile's. */
        locator: text.locator,
        schema: tableSchema(dataset, text),
      };
    });
  const document = {
    $schema: DATA_PACKAGE_PROFILE,
    name: report.slug,
    title: report.title,
    description: report.description,
    version: report.edition.version,
    homepage: report.url,
    // The edition's date, never the build time: the same input gives the same file.
    created: `${report.edition.date}T00:00:00Z`,
    contributors: report.authors.map((title) => ({ title, roles: ['creator'] })),
    resources,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
