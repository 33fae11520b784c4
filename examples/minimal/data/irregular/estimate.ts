import { defineDataset, cell } from 'report-site/schema';

export const estimate = defineDataset({
  id: 'estimate',
  file: 'irregular/estimate.csv',
  title: 'Estimated number of undocumented migrants living in Azerbaijan, and how many of them hold work permits (NGO and media estimate quoted in 2016)',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Irregular migration", paragraph after the main intended destination countries; footnotes 12 and 13',
  notes: [
    'A single figure fills "value" only; a range fills "low" and "high" only. The "approximately" and "nearly" of the report are kept in the qualifier column.',
    'The report attributes the estimate to NGO data and information in the mass media; its footnotes point to a 2009 article of the Hafta-ichi news site and to a report of the Citizens\' Labor Rights Protection League (Public Union) whose year is not given, so the report itself is cited as source.',
    'No reference date is given; the cited news article is dated April 2009.',
    'According to the report, the migrants without work permits work illegally.',
  ],
  row: {
    measure: cell.text(),
    estimated_by: cell.text(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    measure: 'What is estimated',
    estimated_by: 'Estimated by',
    value: 'Single figure (persons)',
    low: 'Range: low (persons)',
    high: 'Range: high (persons)',
    qualifier: 'Qualifier in the report',
  },
});
