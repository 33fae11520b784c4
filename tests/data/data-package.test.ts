/**
 * /data/datapackage.json: a valid Frictionless Data Package v2 (checked with
 * Ajv against the published profile), whose Table Schemas say what the
 * build's cell types accept, so a CSV the build reads passes them and a CSV
 * the build refuses fails them.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/data/registry.ts';
import { dataPackage } from '../../src/data/data-package.ts';
import { tableSchema } from '../../src/data/table-schema.ts';
import { datasetText } from '../../src/data/dataset-text.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography, fixtureReport } from './fixture-dataset.ts';
import { dataPackageProfileProblems } from './data-package-profile.ts';
import { tableSchemaProblems } from './table-schema-check.ts';

const report = fixtureReport;

function fixturePackage() {
  const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, '.');
  return JSON.parse(dataPackage(registry, report, 'en'));
}

describe('the data package', () => {
  it('is valid against the Data Package v2 profile', () => {
    expect(dataPackageProfileProblems(fixturePackage())).toEqual([]);
  });

  it('is refused by the profile when a resource lacks its data (so the check can fail)', () => {
    const descriptor = fixturePackage();
    delete descriptor.resources[0].path;
    expect(dataPackageProfileProblems(descriptor).length).toBeGreaterThan(0);
  });

  it('describes each CSV from its entry: path, title, sources, locator, size, hash and the edition', () => {
    const descriptor = fixturePackage();
    const csv = fs.readFileSync(`${FIXTURES}/valid/flows.csv`);
    expect(descriptor).toMatchObject({ name: 'fixture-report', version: '2.1', created: '2026-12-02T00:00:00Z', homepage: 'https://example.org/report/' });
    expect(descriptor).not.toHaveProperty('licenses');
    const [resource] = descriptor.resources;
    expect(resource).toMatchObject({ name: 'fixture-flows', path: 'fixture-flows.csv', title: 'Fixture flows', locator: 'Table 5', bytes: csv.length, mediatype: 'text/csv' });
    expect(resource.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(resource.sources.map((source: { title: string }) => source.title)).toEqual([
      expect.stringContaining('World Bank'),
      expect.stringContaining('Shahgaldiyev'),
    ]);
  });

  it('gives each column its Table Schema type, title, no-data values, bounds and enum', () => {
    const dataset = fixtureDataset();
    expect(tableSchema(dataset, datasetText(dataset, 'en')).fields).toEqual([
      { name: 'year', title: 'Year', type: 'year', missingValues: ['', '-', '–', '—'], constraints: { required: true, minimum: 1900, maximum: 2100 } },
      { name: 'flow', title: 'Flow', type: 'string', missingValues: [], constraints: { required: true, enum: ['Inward', 'Outward'] } },
      { name: 'usd_millions', title: 'US$ millions', type: 'number', unit: 'US$ millions', missingValues: ['', '-', '–', '—'], constraints: { required: false, minimum: 0 } },
    ]);
  });

  it('passes a CSV the build reads, and fails those it refuses, cell by cell', () => {
    const schema = tableSchema(fixtureDataset(), datasetText(fixtureDataset(), 'en'));
    expect(tableSchemaProblems(fs.readFileSync(`${FIXTURES}/valid/flows.csv`, 'utf8'), schema)).toEqual([]);
    expect(tableSchemaProblems(fs.readFileSync(`${FIXTURES}/bad-cell/flows.csv`, 'utf8'), schema)).toEqual([
      'row 4, field "usd_millions": "abc" is not of type number',
      'row 5, field "flow": "Sideways" is not in the enum',
    ]);
    expect(tableSchemaProblems(fs.readFileSync(`${FIXTURES}/out-of-range/flows.csv`, 'utf8'), schema)).toEqual([
      'row 3, field "year": 1850 is below the minimum 1900',
      'row 3, field "usd_millions": -5 is below the minimum 0',
    ]);
  });
});
