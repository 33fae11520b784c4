import { defineDataset, cell } from 'report-site/schema';

export const displacementConflictTotals = defineDataset({
  id: 'displacement-conflict-totals',
  file: 'displacement/conflict-totals.csv',
  title: 'Refugees and internally displaced persons from the Nagorno-Karabakh conflict and related flows: headline figures given by Shahgaldiyev (2016)',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'executive summary and section "Internally displaced persons", first paragraph',
  notes: [
    'Two figures are written in words in the report: "approximately one million" refugees and IDPs (stored as 1,000,000) and "nearly one million and a half" people displaced or forced to migrate (stored as 1,500,000). The column as_published keeps the wording and qualifier of the report.',
    'The figures do not measure the same thing and do not agree: about 1,000,000 refugees and IDPs in the executive summary, nearly 1,500,000 displaced or forced migrants according to government estimates, and 947,586 refugees or IDPs living in the country when the fighting ended in 1994. The last figure is said to result from the conflict together with the arrival of the Meskhetian Turks and of ethnic Azerbaijanis from Georgia.',
    'The same report, quoting the Ministry of Foreign Affairs, speaks of 50,000 Meskhetian Turks "deported from Central Asia" (dataset displacement-refugees-idps-asylum-2008); here they are said to have fled Uzbekistan. The report spells the name both "Meskhetian" and "Meshketian".',
    'Footnote 18 cites "ICMPD (2005)" without saying which of the two ICMPD works of 2005 listed in the report is meant, and the other figures carry no footnote, so the report itself is cited as source.',
  ],
  row: {
    measure: cell.text(),
    reference_date: cell.textOrNull(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    as_published: cell.text(),
    attributed_to: cell.text(),
  },
  columns: {
    measure: 'What is counted',
    reference_date: 'Reference date',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
    as_published: 'As written in the report',
    attributed_to: 'Attributed to',
  },
});
