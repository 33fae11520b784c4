import { defineDataset, cell } from 'report-site/schema';

export const displacementIdpEstimates = defineDataset({
  id: 'displacement-idp-estimates',
  file: 'displacement/idp-estimates.csv',
  title: 'Estimates of the number of internally displaced persons (IDPs) in Azerbaijan, 2006–2008, by who made them',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Refugees and asylum seekers", first and third paragraphs',
  notes: [
    'A single figure fills "value" only; a range fills "low" and "high" only. "Up to" and similar wording is kept in the qualifier column.',
    'The estimates come from different bodies and are kept as separate rows: the Ministry of Foreign Affairs (up to 700,000, February 2008), UNHCR (579,000 in 2006) and the Government of Azerbaijan (687,000 in March 2007). The last two were compiled by the Geneva-based monitoring centre IDMC, which put the "current" number between them; the report gives no date for the IDMC range.',
    'The report names no document for these estimates, so the report itself is cited as source.',
    'The monitoring centre is named as in the report ("International Displacement Monitoring Centre"); it is better known as the Internal Displacement Monitoring Centre.',
  ],
  row: {
    estimated_by: cell.text(),
    reported_by: cell.text(),
    reference_date: cell.textOrNull(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    estimated_by: 'Estimate made by',
    reported_by: 'Compiled or reported by',
    reference_date: 'Reference date',
    value: 'Single figure (persons)',
    low: 'Range: low (persons)',
    high: 'Range: high (persons)',
    qualifier: 'Qualifier in the report',
  },
});
