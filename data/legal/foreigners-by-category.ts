import { defineDataset, cell } from 'report-site/schema';

export const legalForeignersByCategory = defineDataset({
  id: 'legal-foreigners-by-category',
  file: 'legal/foreigners-by-category.csv',
  title: 'Foreigners in Azerbaijan by category, as of 1 April 2011',
  unit: 'persons and per cent of all foreigners',
  source: 'state-migration-service',
  via: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", paragraph after Table 2',
  notes: [
    'Reference date: 1 April 2011. The report gives each category as a share and a count of the 452,475 foreigners.',
    'The remaining foreigners are described only as refugees and asylum seekers, with no count or share; that row is kept with no data rather than filled in by subtraction.',
    'The counts for migrant workers and for relatives are 25 and 18 per cent of the total cut to whole persons, but the count for students (90,945) is 450 more than 20 per cent of the total would give (90,495): perhaps two digits swapped in the source. The count still rounds to 20 per cent, and it is kept as published.',
  ],
  row: {
    category: cell.text(),
    row_type: cell.oneOf(['Total', 'Category']),
    persons: cell.numberOrNull({ min: 0, integer: true }),
    share_percent: cell.numberOrNull({ min: 0, max: 100 }),
  },
  columns: {
    category: 'Category',
    row_type: 'Row type (Total or a category)',
    persons: 'Persons',
    share_percent: 'Share of all foreigners (%)',
  },
});
