import { defineDataset, cell } from 'report-site/schema';

export const dataManagementDefinitions = defineDataset({
  id: 'data-management-definitions',
  file: 'data-management/definitions.csv',
  title: 'Definitions used in migration statistics in Azerbaijan and those recommended by the UN, as reported in the 2023 ICMPD baseline study',
  unit: 'definitions',
  source: 'icmpd-2023',
  locator: 'Sections 1, 1.2, 5 and 10.3; Summary of Findings and Recommendations, nos. 4, 5 and 7',
  notes: [
    'Definitions are paraphrased in our own words. The threshold column gives the time limit or base a definition uses, where the report states one; "-" means it states none.',
    'The two years of temporary residence before permanent residence is granted are written in words in the report ("two years"); the threshold is stored as 2.',
    'The SSC gives two different definitions of immigrants: in section 10.3 (citing SSC 2016) immigrants are foreigners entering to reside permanently, whereas the methodological notes quoted later in the same section count nationals as well as foreigners. Both are kept as separate rows. The report adds that SSC flow statistics in practice include only foreigners.',
    'The report stresses that the SSC definitions are tied to permanent residence and do not follow the UN 12-month usual-residence criterion used in the 2009 census, so stocks and flows are measured inconsistently.',
    'The net migration rate is expressed per 1,000 people; 1000 is the base of the rate, not a time limit.',
  ],
  row: {
    term: cell.text(),
    definition: cell.text(),
    who_uses_it: cell.text(),
    threshold: cell.numberOrNull({ min: 0 }),
    threshold_unit: cell.textOrNull(),
    locator: cell.text(),
  },
  columns: {
    term: 'Term',
    definition: 'Definition (paraphrased)',
    who_uses_it: 'Used by',
    threshold: 'Threshold',
    threshold_unit: 'Threshold unit',
    locator: 'Where in the report',
  },
});
