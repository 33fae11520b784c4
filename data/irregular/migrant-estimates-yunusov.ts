import { defineDataset, cell } from 'report-site/schema';

export const irregularEstimatesYunusov = defineDataset({
  id: 'irregular-migrant-estimates-yunusov',
  file: 'irregular/migrant-estimates-yunusov.csv',
  title: 'Estimates of the number of illegal migrants in Azerbaijan, 2007 to the early 2010s, as given by Yunusov (2013)',
  unit: 'persons',
  source: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"',
  notes: [
    'A single figure fills "value" only; a range fills "low" and "high" only.',
    'The rows rest on different sources, named in the column cited_in_report, so the report itself is cited as source: the 2007 and 2008 figures are statements of the Ministry of Labour and Social Protection of Population (the passage ends with a reference to Yunusov 2009), the 9,000–11,000 range is in a paragraph that ends with a reference to Abbasov 2011.',
    'The range describes the situation after the visa rules were tightened and a campaign of detection and deportation began in autumn 2010; the report says the number of illegal migrants, especially from Asian countries, fell considerably and "currently" (the report is from 2013) fluctuates around these values.',
    'The registered count of 6,238 illegal migrants at the end of 2008 is a count, not an estimate: see irregular-registered-2008-by-citizenship.',
  ],
  row: {
    estimated_by: cell.text(),
    period: cell.text(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    cited_in_report: cell.text(),
  },
  columns: {
    estimated_by: 'Estimated by',
    period: 'Reference period',
    value: 'Single figure (persons)',
    low: 'Range: low (persons)',
    high: 'Range: high (persons)',
    qualifier: 'Qualifier in the report',
    cited_in_report: 'Reference given in the report',
  },
});
