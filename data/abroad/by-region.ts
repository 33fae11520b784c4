import { defineDataset, cell } from 'report-site/schema';

export const abroadByRegion = defineDataset({
  id: 'abroad-azerbaijanis-by-region',
  file: 'abroad/by-region.csv',
  title: 'Azerbaijani citizens living and working abroad, by world region: estimates of about 2013',
  unit: 'persons',
  source: 'yunusov-2013',
  locator: 'section "Integration problems of Azerbaijani migrants in other countries", opening paragraph',
  notes: [
    'The report gives these figures without naming a source or saying how they were obtained; they describe the situation "currently", i.e. around the time of writing (2013).',
    'The regional figures are ranges, stored as low and high; the Turkey figure is a single lower bound, stored in value with the qualifier "no less than". A row fills either value or low and high, never both.',
    'The Turkey row is part of the Middle East row, not an additional region.',
    'The report names the main countries of each region (Russia; Germany, the Netherlands, France and the USA; Turkey) but gives a figure only for Turkey.',
    'Shahgaldiyev 2016 gives the emigrant stock of 2010 only as a total from the World Bank (dataset of the general statistics) and lists the top destination countries without numbers, so it adds no figure by destination here.',
  ],
  row: {
    region: cell.text(),
    level: cell.oneOf(['Region', 'Country within the Middle East']),
    main_countries: cell.textOrNull(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    region: 'Region or country',
    level: 'Level',
    main_countries: 'Main countries named',
    value: 'Single figure (persons)',
    low: 'Low estimate (persons)',
    high: 'High estimate (persons)',
    qualifier: 'Qualifier',
  },
});
