import { defineDataset, cell } from 'report-site/schema';

export const traffickingVictimAssistance = defineDataset({
  id: 'trafficking-victim-assistance-2009-2010',
  file: 'trafficking/victim-assistance-2009-2010.csv',
  title: 'Trafficking victims and potential victims assisted by the government of Azerbaijan, 2009 and 2010',
  unit: 'persons',
  source: 'us-tip-report-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "Figures and information on trafficking in human beings", paragraph on assistance after footnote 15',
  notes: [
    'Attributed to the US Trafficking in Persons Report 2011: the report cites it in footnote 15, which stands at the end of the first paragraph of the same passage; these figures follow without a reference of their own.',
    'The report gives no year for the 319 women and says "during the year" for the 27 shelter residents; from the context (the passage reports on 2010 and compares with 2009) both are taken as 2010 figures.',
    'The 319 women were potential victims who received medical and psychological help in addition to the identified victims; they are not counted among the identified victims.',
    'The shelter figure of 2009 (48) is described as victims assisted, that of 2010 (27) as victims of sex trafficking assisted; the report mentions one government-funded shelter.',
  ],
  row: {
    year: cell.year(),
    measure: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    year: 'Year',
    measure: 'Measure',
    persons: 'Persons',
  },
});
