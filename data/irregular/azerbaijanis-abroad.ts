import { defineDataset, cell } from 'report-site/schema';

export const irregularAzerbaijanisAbroad = defineDataset({
  id: 'irregular-azerbaijanis-abroad',
  file: 'irregular/azerbaijanis-abroad.csv',
  title: 'Azerbaijani migrants in an irregular situation abroad: illegal residence, arrests, legalization requests and deportations in Germany, Switzerland and Russia (1999–2007)',
  unit: 'persons',
  source: 'yunusov-2013',
  locator: 'sections "1. Russia and CIS countries" and "2. Integration problems of Azerbaijani migrants in Western countries"',
  notes: [
    'The rows rest on different works named in the column cited_in_report, so the report itself is cited as source.',
    'Germany: right after the German figures, the report says that the annual upkeep of illegal Azerbaijani migrants ran as high as 40 million euros (it does not say explicitly for which country or countries), and that Azerbaijan refused to sign a readmission agreement.',
    'Switzerland: the gap between over 700 applicants and only 300 residents in early 2007 is explained by the author as applicants moving on to other European countries after failing to obtain a status.',
    'Russia: the deportations from Moscow followed the toughening of conditions for Azerbaijani migrants in November 1999 and were counted by December 1999; the report says similar actions took place elsewhere in Russia. The same figure is also in the dataset abroad-other-figures.',
  ],
  row: {
    country: cell.text(),
    period: cell.text(),
    measure: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    cited_in_report: cell.text(),
  },
  columns: {
    country: 'Country',
    period: 'Reference period',
    measure: 'What was counted',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
    cited_in_report: 'Reference given in the report',
  },
});
