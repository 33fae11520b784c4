import { defineDataset, cell } from 'report-site/schema';

export const legalForeignWorkerCounts2008 = defineDataset({
  id: 'legal-foreign-worker-counts-2008',
  file: 'legal/foreign-worker-counts-2008.csv',
  title: 'Legally working foreigners in Azerbaijan in 2008: two official counts that disagree',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the report cites Yunusov 2009, pp. 231-232',
  notes: [
    'Two agencies, two numbers for much the same thing: the report uses them to show that even the number of work-permit holders was unclear. Both are kept, with the agency in reported_by.',
    'The ministry figure counts foreigners who obtained work permits from January to December 2008, mostly by Turkish citizens and mainly for oil production and construction; the committee figure counts foreigners officially working in the same period (its breakdown by sector is in legal-foreign-workers-by-sector-2008).',
    'Counts of registered foreigners and of irregular migrants for 2007-2008 given in the same section by the ministries are not part of this dataset.',
  ],
  row: {
    reported_by: cell.oneOf(['Ministry of Labour and Social Protection of Population', 'State Statistics Committee']),
    measure: cell.text(),
    period: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    reported_by: 'Reported by',
    measure: 'Measure',
    period: 'Period',
    persons: 'Persons',
  },
});
