import { defineDataset, cell } from 'report-site/schema';

export const generalFactbookIndicators = defineDataset({
  id: 'general-factbook-indicators',
  file: 'general/factbook-indicators.csv',
  title: 'Emigrant and immigrant stocks of Azerbaijan in 2010 and skilled emigration in 2000 (World Bank Factbook 2011)',
  unit: 'mixed: thousands of persons, persons or per cent (see the unit column)',
  source: 'world-bank-factbook-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "General statistics on migration in Azerbaijan" (footnote 1); the tertiary rate is repeated in "Legal migration" (footnote 4, Factbook p. 6)',
  notes: [
    'Each row has its own unit, given in the unit column; the rows are separate indicators and are not meant to be added up.',
    'Stocks refer to 2010, skilled-emigration indicators to 2000, as labelled in the report.',
    'The physicians indicator is one line in the report: a count of emigrant physicians and the share of physicians trained in the country it represents; it is split into two rows here.',
    'The report repeats the tertiary emigration rate in its legal-migration section ("2.0 per cent only"), next to the 16-25 per cent of the population that, according to statistics it does not name, have been identified as labour migrants (see general-labour-migrant-share).',
  ],
  row: {
    section: cell.oneOf(['Emigration', 'Skilled emigration', 'Immigration']),
    reference_year: cell.year(),
    indicator: cell.text(),
    value: cell.number({ min: 0 }),
    unit: cell.oneOf(['thousands of persons', 'persons', 'per cent']),
  },
  columns: {
    section: 'Section',
    reference_year: 'Reference year',
    indicator: 'Indicator',
    value: 'Value',
    unit: 'Unit',
  },
});
