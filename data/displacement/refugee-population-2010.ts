import { defineDataset, cell } from 'report-site/schema';

export const displacementRefugeePopulation2010 = defineDataset({
  id: 'displacement-refugee-population-2010',
  file: 'displacement/refugee-population-2010.csv',
  title: 'Refugee population of Azerbaijan by country of origin and by country of asylum, 2010 (World Bank figures quoted by Shahgaldiyev)',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Refugees and asylum seekers", paragraphs introducing the two refugee charts',
  notes: [
    'The report attributes both figures to "a World Bank report released in 2011" without naming it, so the report itself is cited as source.',
    'The report does not define the two indicators. As their names suggest, "by country of origin" counts refugees who come from Azerbaijan and "by country of asylum" counts refugees hosted by Azerbaijan.',
    'Each figure introduces a chart that is an image in the report; the yearly values of those charts are not in the text and are not transcribed here.',
  ],
  row: {
    indicator: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    as_published: cell.text(),
  },
  columns: {
    indicator: 'Indicator',
    persons: 'Persons (2010)',
    as_published: 'As written in the report',
  },
});
