import { defineDataset, cell } from 'report-site/schema';

export const traffickingWomenInProstitutionAbroad = defineDataset({
  id: 'trafficking-women-in-prostitution-abroad-1999',
  file: 'trafficking/women-in-prostitution-abroad-1999.csv',
  title: 'Azerbaijani women engaged in prostitution registered in Turkey and the United Arab Emirates, 1999',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "Integration problems of Azerbaijani migrants in the Middle East"; the report cites Yunusov 2009, p. 195',
  notes: [
    'Figures that came to light in 1999: 6,000 Azerbaijani women working in prostitution were on the register of the Turkish authorities; for the UAE the report gives 2,000 without naming who counted them.',
    'The report presents these women as part of a mostly female migration flow to the East that it links to trafficking; the figures are registrations, not counts of identified trafficking victims.',
  ],
  row: {
    country: cell.text(),
    women: cell.number({ min: 0, integer: true }),
    as_published: cell.text(),
  },
  columns: {
    country: 'Country',
    women: 'Women (persons)',
    as_published: 'As written in the report',
  },
});
