import { defineDataset, cell } from 'report-site/schema';

export const displacementTotalsCompared = defineDataset({
  id: 'displacement-totals-compared',
  file: 'displacement/totals-compared.csv',
  title: 'Headline totals of people displaced by the Nagorno-Karabakh conflict, side by side, as given by Shahgaldiyev (2016) and Yunusov (2013)',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator:
    'Shahgaldiyev 2016: executive summary, section "Refugees and asylum seekers" (first paragraph) and section "Internally displaced persons" (first paragraph); last row: Yunusov 2013, section "1. The problems of Azerbaijani refugees from CIS countries and domestic migrants", first paragraph',
  notes: [
    'A comparison table assembled from rows of the datasets displacement-conflict-totals, displacement-refugees-idps-asylum-2008 and displacement-refugees-yunusov, so that the conflicting totals can be shown side by side. The column reported_in says which report gives each figure; the last row (750,000 by the mid-1990s) comes from Yunusov 2013, not from Shahgaldiyev 2016.',
    'The labels are short. In full: people displaced or forced to migrate by the conflict, according to estimates of the Azerbaijani government; refugees and IDPs resulting from the conflict (executive summary of the 2016 report, no date or source); refugees, IDPs and asylum seekers in Azerbaijan as of February 2008 (Ministry of Foreign Affairs); refugees or IDPs living in the country when the fighting ended in 1994; refugees and forced migrants from Karabakh and the occupied districts around it gathered in Azerbaijan by the mid-1990s (Yunusov 2013).',
    'The figures do not count the same groups or refer to the same dates, and they disagree. They are kept as published and must not be added up or averaged.',
    'Two figures are written in words: "approximately one million" (stored as 1,000,000) and "nearly one million and a half" (stored as 1,500,000).',
    'The February 2008 total is printed "989, 586" with a stray space (in both extractions of the 2016 report); it is read as 989,586. It includes asylum seekers from other countries as well as people displaced by the conflict.',
    'The 947,586 of 1994 is said to result from the conflict together with the arrival of about 50,000 Meskhetian Turks from Uzbekistan and of ethnic Azerbaijanis from Georgia.',
  ],
  row: {
    measure: cell.text(),
    reference_date: cell.textOrNull(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    as_published: cell.text(),
    reported_in: cell.oneOf(['Shahgaldiyev 2016', 'Yunusov 2013']),
    attributed_to: cell.text(),
  },
  columns: {
    measure: 'What is counted',
    reference_date: 'Reference date',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
    as_published: 'As written in the report',
    reported_in: 'Report',
    attributed_to: 'Attributed to',
  },
});
