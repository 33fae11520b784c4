import { defineDataset, cell } from 'report-site/schema';

export const abroadMigrantAgeRanges = defineDataset({
  id: 'abroad-migrant-age-ranges',
  file: 'abroad/migrant-age-ranges.csv',
  title: 'Age ranges of Azerbaijani migrants going to Russia and of young women invited to Western Europe',
  unit: 'years of age',
  source: 'yunusov-2013',
  locator: 'sections "Russia and CIS countries" and "Integration problems of Azerbaijani migrants in Western countries"',
  notes: [
    'Descriptions by the author, not survey counts: as a rule men aged 20-35 go to work in Russia; people aged 36-50 or 16-19 go much less often. The frequency column keeps this wording.',
    'Women aged 20-30 are invited to Western Europe on tourist visas and, according to the report, work there as prostitutes among Azerbaijani migrants before returning.',
    'Shahgaldiyev 2016 gives similar ILO age groups for migrant workers leaving Azerbaijan (20-35 for men, 20-30 for women); they are in the legal-migration data (ilo-migrant-ages).',
  ],
  row: {
    group: cell.text(),
    age_from: cell.number({ min: 0, integer: true }),
    age_to: cell.number({ min: 0, integer: true }),
    frequency: cell.textOrNull(),
  },
  columns: {
    group: 'Group',
    age_from: 'From age',
    age_to: 'To age',
    frequency: 'How common',
  },
});
