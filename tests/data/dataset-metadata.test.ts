/**
 * The CSVW metadata beside each CSV and the DCAT catalogue of the datasets:
 * their shape, read as JSON-LD where the context is in the file, with every
 * address absolute under the site's address.
 */
import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { createRegistry } from '../../src/data/registry.ts';
import { csvwMetadata } from '../../src/data/csvw-metadata.ts';
import { dcatCatalog } from '../../src/data/dcat-catalog.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography, fixtureReport } from './fixture-dataset.ts';

const report = fixtureReport;
const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, '.');

describe('the CSVW metadata of a CSV', () => {
  const metadata = JSON.parse(csvwMetadata(registry, fixtureDataset(), report.url, 'en'));

  it('names the CSV by its absolute address, with title, sources and where in them', () => {
    expect(metadata['@context']).toEqual(['http://www.w3.org/ns/csvw', { '@language': 'en' }]);
    expect(metadata.url).toBe('https://example.org/report/data/fixture-flows.csv');
    expect(metadata['dc:title']).toBe('Fixture flows');
    expect(metadata['dc:source']).toEqual([expect.stringContaining('World Bank'), expect.stringContaining('Shahgaldiyev')]);
    expect(metadata['dc:bibliographicCitation']).toMatch(/^Shahgaldiyev.* Table 5$/);
  });

  it('gives each column its name, title, datatype, no-data values and whether it is required', () => {
    expect(metadata.tableSchema.columns).toEqual([
      { name: 'year', titles: 'Year', datatype: { base: 'gYear', minimum: '1900', maximum: '2100' }, null: ['', '-', '–', '—'], required: true },
      { name: 'flow', titles: 'Flow', datatype: { base: 'string', format: 'Inward|Outward' }, null: [], required: true },
      { name: 'usd_millions', titles: 'US$ millions', datatype: { base: 'decimal', minimum: 0 }, null: ['', '-', '–', '—'], 'schema:unitText': 'US$ millions' },
    ]);
  });
});

describe('the DCAT catalogue', () => {
  const catalogue = JSON.parse(dcatCatalog(registry, report, 'en'));
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const DCT = 'http://purl.org/dc/terms/';

  it('reads as JSON-LD: a dcat:Catalog with a dcat:Dataset per dataset, each with a CSV and a JSON distribution', async () => {
    const quads = await jsonld.toRDF(catalogue, { format: 'application/n-quads' });
    expect(quads).toContain(`<https://example.org/report/data/catalog.jsonld> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${DCAT}Catalog> .`);
    expect(quads).toContain(`<https://example.org/report/data/fixture-flows/> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${DCAT}Dataset> .`);
    expect(quads).toContain(`<https://example.org/report/data/fixture-flows/> <${DCT}modified> "2026-12-02"^^<http://www.w3.org/2001/XMLSchema#date> .`);
    expect(quads).toContain(`<${DCAT}downloadURL> <https://example.org/report/data/fixture-flows.csv> .`);
    expect(quads).toContain(`<${DCAT}downloadURL> <https://example.org/report/data/fixture-flows.json> .`);
    expect(quads).toContain(`<${DCT}title> "Fixture flows"@en .`);
  });

  it('dates each dataset by the edition in which it last changed, and gives the years its rows cover', () => {
    const editions = [
      { version: '2.0', date: '2026-06-01' },
      { version: '2.1', date: '2026-12-02' },
    ];
    const corrected = { ...fixtureDataset(), corrections: [{ date: '2026-11-20', note: 'A value corrected.' }] };
    const unchanged = JSON.parse(dcatCatalog(createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, '.'), report, 'en', editions))['dcat:dataset'][0];
    const changed = JSON.parse(dcatCatalog(createRegistry([corrected], `${FIXTURES}/valid`, fixtureBibliography, '.'), report, 'en', editions))['dcat:dataset'][0];
    expect(unchanged['dct:modified']).toEqual({ '@value': '2026-06-01', '@type': 'xsd:date' });
    expect(changed['dct:modified']).toEqual({ '@value': '2026-12-02', '@type': 'xsd:date' });
    expect(unchanged['dct:temporal']).toEqual({ '@type': 'dct:PeriodOfTime', 'dcat:startDate': { '@value': '2003', '@type': 'xsd:gYear' }, 'dcat:endDate': { '@value': '2010', '@type': 'xsd:gYear' } });
  });

  it('cites the source of each dataset, with where in it', () => {
    const [dataset] = catalogue['dcat:dataset'];
    expect(dataset['dct:source'].map((source: Record<string, string>) => source['dct:bibliographicCitation'])).toEqual([expect.stringContaining('World Bank'), expect.stringContaining('Shahgaldiyev')]);
    expect(dataset['dct:bibliographicCitation']).toMatch(/ Table 5$/);
  });
});
