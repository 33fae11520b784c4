import { defineDataset, cell } from 'report-site/schema';

export const abroadMigrationCostsRussia = defineDataset({
  id: 'abroad-migration-costs-russia',
  file: 'abroad/migration-costs-russia.csv',
  title: 'Costs an Azerbaijani labour migrant faces on going to work in Russia',
  unit: 'US$ (see the unit column)',
  source: 'yunusov-2013',
  locator: 'section "Russia and CIS countries"',
  notes: [
    'Ranges stay ranges (low and high); a single figure fills value only. Each row has its own unit, given in the unit column.',
    'A month in Moscow costs "at least" 2,000-3,000 US$; life in the provinces costs slightly less, with no figure given.',
    'The report writes the unofficial price of a market place as "1.500-2.000 USD", with dots as thousands separators: stored as 1500 and 2000.',
    'The daily rental of a market place is written in words ("ten or so" dollars): stored as 10 with the wording in the qualifier.',
    'Before leaving, a migrant has to save enough to cover 2-3 months of expenses (registration, rent, a market place and incidental costs).',
  ],
  row: {
    item: cell.text(),
    value: cell.numberOrNull({ min: 0 }),
    low: cell.numberOrNull({ min: 0 }),
    high: cell.numberOrNull({ min: 0 }),
    unit: cell.oneOf(['US$ per month', 'US$ (one-off)', 'US$ per day', 'months of expenses']),
    qualifier: cell.textOrNull(),
  },
  columns: {
    item: 'Cost',
    value: 'Single figure',
    low: 'Low',
    high: 'High',
    unit: 'Unit',
    qualifier: 'Qualifier',
  },
});
