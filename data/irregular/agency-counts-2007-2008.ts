import { defineDataset, cell } from 'report-site/schema';

export const irregularAgencyCounts = defineDataset({
  id: 'irregular-agency-counts-2007-2008',
  file: 'irregular/agency-counts-2007-2008.csv',
  title: 'Conflicting official counts of foreign nationals, illegal migrants and foreign workers in Azerbaijan, 2007–2008, by reporting agency',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the passage ends with a reference to Yunusov 2009, pp. 231-232',
  notes: [
    'These counts conflict and are kept side by side, one row per agency and figure, with the agency in the column reported_by. The report itself presents them as an example of contradictory statistics.',
    'Foreign nationals in 2007: the Ministry of Labour and Social Protection of Population gave 30,000 temporarily residing foreigners (November 2007); the Ministry of the Interior gave 27,000 registered foreigners, adding that not all of them register and the real number is much higher, and in another press release 9,500 registered foreigners, of whom 3,820 permanent residents.',
    'Illegal migrants: the Ministry of Labour gave 15,000 (November 2007), then 25,000 (beginning of 2008), then registered 6,238 from 79 countries (end of 2008). The last figure counts registered persons, the first two are statements of how many there were.',
    'Foreign workers in 2008: the Ministry of Labour counted 4,367 foreigners who obtained work permits from January to December 2008 (mostly Turkish citizens, mainly in oil and construction), while the State Statistics Committee gave 5,000 foreigners officially working in the same period.',
    'The column "year" is the calendar year of the reference period, for charts; "period" keeps the wording of the report.',
    'The two foreign-worker figures are also in the legal-migration dataset legal-foreign-worker-counts-2008; the State Statistics Committee breaks its 5,000 down by sector there (legal-foreign-workers-by-sector-2008).',
  ],
  row: {
    reported_by: cell.oneOf(['Ministry of Labour and Social Protection of Population', 'Ministry of the Interior', 'State Statistics Committee']),
    year: cell.year(),
    period: cell.text(),
    category: cell.oneOf(['Foreign nationals', 'Irregular migrants', 'Foreign workers']),
    measure: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    reported_by: 'Reported by',
    year: 'Year',
    period: 'Reference period (as in the report)',
    category: 'Category',
    measure: 'What was counted',
    persons: 'Persons',
  },
});
