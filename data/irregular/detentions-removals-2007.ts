import { defineDataset, cell } from 'report-site/schema';

export const irregularDetentions2007 = defineDataset({
  id: 'irregular-detentions-removals-2007',
  file: 'irregular/detentions-removals-2007.csv',
  title: 'Illegal migrants detained in Azerbaijan in 2007 and forced to leave the country',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the passage ends with a reference to Yunusov 2009, pp. 231-232',
  notes: [
    'In the report the 184 and 106 follow a press release of the Ministry of the Interior and appear to come from it; the report does not say explicitly who gave the 2,000.',
    'The 2,000 individuals forced to leave are an "altogether" figure with no period stated; they are not the sum of anything in the report.',
    'From autumn 2010 the authorities launched a campaign to detect and deport illegal labour migrants, but the report gives no count of those deportations.',
  ],
  row: {
    measure: cell.text(),
    period: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    measure: 'Measure',
    period: 'Period',
    persons: 'Persons',
  },
});
