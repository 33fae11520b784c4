/** A small dataset definition shared by the CSV fixture tests. */
import { defineDataset } from '../../src/schemas/dataset.ts';
import * as cell from '../../src/schemas/cells.ts';
import { createBibliography } from '../../src/bibliography/bibliography.ts';
import { report } from '../../src/report/report.ts';

/** The real report's bibliography, which the fixtures cite. */
export const fixtureBibliography = createBibliography(report.bibliography, 'content/report.config.ts');

export const FIXTURES = 'tests/fixtures/csv';

export function fixtureDataset(overrides: { id?: string; file?: string; source?: string } = {}) {
  return defineDataset({
    id: overrides.id ?? 'fixture-flows',
    file: overrides.file ?? 'flows.csv',
    title: 'Fixture flows',
    unit: 'US$ millions',
    source: overrides.source ?? 'world-bank-factbook-2011',
    via: 'shahgaldiyev-2016',
    locator: 'Table 5',
    row: {
      year: cell.year(),
      flow: cell.oneOf(['Inward', 'Outward']),
      usd_millions: cell.numberOrNull({ min: 0 }),
    },
    columns: { year: 'Year', flow: 'Flow', usd_millions: 'US$ millions' },
  });
}

/** The report as the data package and the catalogues of datasets present it: its identity, description and address. */
export const fixtureReport = {
  title: 'Fixture report',
  slug: 'fixture-report',
  description: 'A report for tests.',
  authors: ['Fixture authors'],
  edition: { version: '2.1', date: '2026-12-02' },
  url: 'https://example.org/report/',
};
