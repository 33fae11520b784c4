import { defineDataset, cell } from 'report-site/schema';

export const abroadMoscowSurvey2002 = defineDataset({
  id: 'abroad-moscow-survey-2002-what-is-moscow',
  file: 'abroad/moscow-survey-2002.csv',
  title: '"What is Moscow for you?": answers of Russian Muscovites and of Azerbaijanis in Moscow, survey of 2002',
  unit: 'per cent',
  source: 'malkova-2004',
  via: 'yunusov-2013',
  locator: 'Table 1, section "Russia and CIS countries"; the report cites Malkova 2004 (pp. 127-129 for the discussion)',
  notes: [
    'Respondents could choose several answers, so the shares of each group add up to more than 100 per cent: 161 for Russian Muscovites, 116 for Azerbaijani long-term residents and 101 for Azerbaijani migrants.',
    'Long-term residents are Azerbaijanis who had lived in Moscow for more than 10 years; the report does not define its "migrants" group, presumably the other Azerbaijani respondents.',
    'The table gives no sample sizes. Answer options and their numbering are those of the table.',
  ],
  row: {
    no: cell.number({ min: 1, integer: true }),
    answer: cell.text(),
    respondents: cell.oneOf(['Russian Muscovites', 'Azerbaijanis: long-term residents', 'Azerbaijanis: migrants']),
    percent: cell.number({ min: 0, max: 100 }),
  },
  columns: {
    no: 'No.',
    answer: 'Answer option',
    respondents: 'Respondents',
    percent: 'Share of respondents (%)',
  },
});
