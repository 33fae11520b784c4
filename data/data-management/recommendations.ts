import { defineDataset, cell } from 'report-site/schema';

export const dataManagementRecommendations = defineDataset({
  id: 'data-management-recommendations',
  file: 'data-management/recommendations.csv',
  title: 'The 11 recommendations of the 2023 ICMPD baseline study on migration data management in Azerbaijan',
  unit: 'recommendations',
  source: 'icmpd-2023',
  locator: 'Summary of Findings and Recommendations, nos. 1-11',
  notes: [
    'Recommendations and reasons are paraphrased in our own words; the report prints the key sentence of each in bold.',
    'The theme is our own classification, from a small fixed list; the report groups the recommendations under four headings: improvement of methodology (1-3), definitions (4), coverage and reliability (5-8) and dissemination (9-11).',
    'The report bases its proposals on the UN recommendations on international migration statistics, the European Statistics Code of Practice and the ESS Vision 2020.',
  ],
  row: {
    number: cell.number({ integer: true, min: 1, max: 11 }),
    theme: cell.oneOf(['legal framework', 'methodology', 'data sharing', 'definitions', 'coverage', 'quality', 'dissemination', 'governance']),
    recommendation: cell.text(),
    reason: cell.text(),
    locator: cell.text(),
  },
  columns: {
    number: 'No.',
    theme: 'Theme',
    recommendation: 'Recommendation (paraphrased)',
    reason: 'Why (paraphrased)',
    locator: 'Where in the report',
  },
});
