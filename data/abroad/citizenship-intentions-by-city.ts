import { defineDataset, cell } from 'report-site/schema';

export const abroadCitizenshipIntentions = defineDataset({
  id: 'abroad-russian-citizenship-intentions-by-city',
  file: 'abroad/citizenship-intentions-by-city.csv',
  title: 'Share of Azerbaijani migrants planning to take Russian citizenship and stay in Russia, by city (Moscow 2005; Astrakhan and Samara undated)',
  unit: 'per cent',
  source: 'yunusov-2013',
  locator: 'section "Russia and CIS countries"; the report cites "Mukomel, p. 151"',
  notes: [
    'The report cites "Mukomel, p. 151" without a year or title. Its reference list has three works by Mukomel: the 2006 volume Does Russian Society Need Immigrants?, which he edited with E.A. Pain, a 2007 chapter on studying the integration of immigrants, and a 2011 article on migrants\' integration. The 2006 volume (bibliography key mukomel-pain-2006) is the likely source of the 2005 Moscow survey: the report names it as the source of Table 2, which comes from a survey of Azerbaijani migrants held in Moscow in 2005. The report does not say so for these figures, however, so the figures are cited to the report.',
    'Only the Moscow figure is dated (a survey of 2005); the report does not say when the Astrakhan and Samara figures were collected, nor how many were asked.',
    'The report uses the figures to show that the wish to settle was stronger in the Russian provinces than in Moscow.',
  ],
  row: {
    city: cell.text(),
    percent: cell.number({ min: 0, max: 100 }),
    survey: cell.textOrNull(),
  },
  columns: {
    city: 'City',
    percent: 'Planning to take Russian citizenship (%)',
    survey: 'Survey',
  },
});
