/** The schema.org Dataset of a dataset's page: what search engines read of it, and JSON that no text can break out of. */
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/data/registry.ts';
import { datasetJsonLd, jsonLdScript } from '../../src/data/dataset-json-ld.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography, fixtureReport } from './fixture-dataset.ts';

const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, '.');
const addresses = { page: 'https://example.org/report/az/data/fixture-flows/', catalogue: 'https://example.org/report/az/data/', catalogueName: 'Məlumat kataloqu' };

describe('the JSON-LD of a dataset page', () => {
  const document = datasetJsonLd(registry, fixtureDataset(), fixtureReport, addresses, 'az') as Record<string, unknown>;

  it('is a schema.org Dataset with name, description, creator, source, edition and its columns', () => {
    expect(document).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      '@id': addresses.page,
      url: addresses.page,
      identifier: 'fixture-flows',
      name: 'Fixture flows',
      inLanguage: 'az',
      version: '2.1',
      dateModified: '2026-12-02',
      creator: [{ '@type': 'Organization', name: 'Fixture authors' }],
      includedInDataCatalog: { '@type': 'DataCatalog', name: 'Məlumat kataloqu', url: addresses.catalogue },
    });
    expect(document.description).toMatch(/^Fixture flows \(US\$ millions\)\. Shahgaldiyev.* Table 5$/);
    expect(document.isBasedOn).toEqual([expect.objectContaining({ '@type': 'CreativeWork', name: expect.stringContaining('World Bank') }), expect.objectContaining({ name: expect.stringContaining('Shahgaldiyev') })]);
    expect(document.variableMeasured).toEqual([
      { '@type': 'PropertyValue', name: 'Year' },
      { '@type': 'PropertyValue', name: 'Flow' },
      { '@type': 'PropertyValue', name: 'US$ millions', unitText: 'US$ millions' },
    ]);
  });

  it('gives the years its rows cover as its temporal coverage', () => {
    expect(document.temporalCoverage).toBe('2003/2010');
  });

  it('dates the dataset by the edition in which it last changed, and names the edition being read', () => {
    const corrected = datasetJsonLd(registry, fixtureDataset(), fixtureReport, addresses, 'az', '2026-06-01') as Record<string, unknown>;
    expect(corrected).toMatchObject({ version: '2.1', dateModified: '2026-06-01' });
  });

  it('offers the CSV (one for every language) and the JSON of the page language as DataDownloads', () => {
    expect(document.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://example.org/report/data/fixture-flows.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://example.org/report/az/data/fixture-flows.json' },
    ]);
  });

  it('is written so that no text in it can close the <script> element', () => {
    const written = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(written).not.toContain('<');
    expect(JSON.parse(written)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
