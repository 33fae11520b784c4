import { defineDataset, cell } from 'report-site/schema';

export const traffickingOfficialCounts = defineDataset({
  id: 'trafficking-official-counts-2006-2012',
  file: 'trafficking/official-counts-2006-2012.csv',
  title: 'Counts of trafficking victims and convicted traffickers in Azerbaijan reported by the Ministry of Internal Affairs and NGOs, 2006–2012',
  unit: 'persons',
  source: 'rumyansev-2013',
  locator: 'pp. 2-3 (footnotes 6, 9, 11 and 12)',
  notes: [
    'The figures reach the report through different channels, named in the column reported_by: the Azerbaijan Migration Center annual report for 2010 (p. 5), press reports of statements of the Ministry of Internal Affairs (the seven-year summary was released in December 2012), and an NGO estimate quoted from Arif Yunusov; the dataset is cited to the report itself for that reason.',
    'The 473 victims: the report says the statistics were summed up for the past seven years (2006-2012) but that 473 persons fell victim "during the previous six years"; the exact period is therefore unclear and the row is labelled 2006-2012 as the report frames it.',
    'The report stresses that in 2010 more persons were convicted (39) than victims were found (34). Table 4 of Shahgaldiyev 2016 (dataset trafficking-offenders-victims-table4) has the same two figures but calls the 39 human traffickers registered under article 144-1 rather than convicted persons; the US TIP Report 2011, quoted by Shahgaldiyev, gives three categories of 2010 victims that together come to 3 more than 34 (dataset trafficking-victims-identified-2009-2010).',
    'The NGO estimate of up to 1,000 females trafficked each year is an upper bound with no reference year; "up to" is kept in the qualifier column.',
    'According to the report, virtually all trafficking cases of the period summed up in December 2012 concerned sexual exploitation; as for the 473 victims, the report does not make clear whether six or seven years are meant.',
  ],
  row: {
    period: cell.text(),
    measure: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    reported_by: cell.text(),
  },
  columns: {
    period: 'Period',
    measure: 'Measure',
    persons: 'Persons',
    qualifier: 'Qualifier',
    reported_by: 'Reported by',
  },
});
