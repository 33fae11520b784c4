import { defineDataset, cell } from 'report-site/schema';

export const displacementRefugeesIdps2008 = defineDataset({
  id: 'displacement-refugees-idps-asylum-2008',
  file: 'displacement/refugees-idps-asylum-2008.csv',
  title: 'Refugees, internally displaced persons and asylum seekers in Azerbaijan as of February 2008: total and composition reported by the Ministry of Foreign Affairs',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Refugees and asylum seekers", first paragraph',
  notes: [
    'The report attributes these figures to the Ministry of Foreign Affairs as of February 2008. The footnote just before them (16) cites the 2008 IOM country profile and the next one (17) Aliyev 2006; since neither mark stands on these figures, the report itself is cited as source.',
    'The total is printed "989, 586" with a stray space after the comma (in both extractions of the report); it is read as 989,586.',
    'The four parts add up to 1,003,000, which is 13,414 more than the published total of 989,586. Two of the parts are bounds ("up to" 700,000 IDPs, "close to" 3,000 asylum seekers), so the parts are not exact; the figures are kept as published.',
    'The 947,586 refugees or IDPs that the report gives for the end of the conflict in 1994 (dataset displacement-conflict-totals) differ from this total only in the second and third digits, but the report treats them as different figures.',
    'The report adds that some 8,000 Chechens, 7,500 Afghans and 3,000 Iranians were seeking refuge "in addition" (dataset displacement-asylum-seekers-by-origin); each of the first two groups alone is larger than the 3,000 asylum seekers counted here.',
  ],
  row: {
    level: cell.oneOf(['Total', 'Part']),
    group: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    as_published: cell.text(),
  },
  columns: {
    level: 'Row type',
    group: 'Group',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
    as_published: 'As written in the report',
  },
});
