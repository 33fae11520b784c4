import { defineDataset, cell } from 'report-site/schema';

export const legalMigrantOrigins = defineDataset({
  id: 'legal-migrant-origins',
  file: 'legal/migrant-origins.csv',
  title: 'Countries of origin of migrants to Azerbaijan, 2001–2009',
  unit: 'per cent',
  source: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", list after Table 3',
  notes: [
    'Shares for the whole period 2001-2009; the report does not name the source or say which migrants are counted. It follows Table 3 (arrivals for permanent residence, State Statistics Committee), but is not attributed to it.',
    'The six shares, including "Others", add up to 100.',
  ],
  row: {
    country: cell.text(),
    share_percent: cell.number({ min: 0, max: 100 }),
  },
  columns: {
    country: 'Country of origin',
    share_percent: 'Share of migrants (%)',
  },
});
