import { defineDataset } from '../../src/schemas/dataset.ts';
import * as cell from '../../src/schemas/cells.ts';

export const abroadOtherFigures = defineDataset({
  id: 'abroad-other-figures',
  file: 'abroad/other-figures.csv',
  title: 'Other figures on Azerbaijani migrants in Russia and the West: the 1999 deportations, Russia\'s 2007 rules and related numbers',
  unit: 'mixed (see the unit column)',
  source: 'yunusov-2013',
  locator: 'sections "Russia and CIS countries" and "Integration problems of Azerbaijani migrants in Western countries"',
  notes: [
    'A collection of single figures with different units (unit column) and different works cited by the report (cited_source column; "-" where the report cites none); for that reason it is cited to the report itself. It is meant as a table, not a chart.',
    'The deportations followed the tightening of conditions for Azerbaijani migrants in Russia in November 1999; the 12,000 concern Moscow alone.',
    'The rise in marriages between Azerbaijani men and Russian women is written in words ("quadrupled"): stored as a factor of 4. The report puts it at the same time as the rush for Russian citizenship around 2007 but gives no exact date.',
    'Russia\'s new policy from early 2007 meant foreign migrants\' market trade was to be brought down "to zero": stored as 0, a policy target, not a count.',
    'The "almost 17%" of Azerbaijanis calling themselves Soviet comes from a 2001 survey of several ethnic groups in Moscow; it was the highest share of any group.',
    'The tourist visa range (1-3 months) is stored as low and high; single figures fill value only.',
    'The report does not say which country or countries the 40 million euros of annual upkeep refer to; it comes right after the German figures (10,000 Azerbaijanis residing illegally in Germany, 6,500 arrested by the start of 2007), which, with the Swiss figures, are kept in the irregular-migration dataset irregular-azerbaijanis-abroad and not repeated here.',
    'The 1999 deportations from Moscow also appear in the dataset irregular-azerbaijanis-abroad.',
  ],
  row: {
    topic: cell.text(),
    measure: cell.text(),
    date: cell.textOrNull(),
    value: cell.numberOrNull({ min: 0 }),
    low: cell.numberOrNull({ min: 0 }),
    high: cell.numberOrNull({ min: 0 }),
    unit: cell.text(),
    qualifier: cell.textOrNull(),
    cited_source: cell.textOrNull(),
  },
  columns: {
    topic: 'Where',
    measure: 'Measure',
    date: 'Date',
    value: 'Single figure',
    low: 'Low',
    high: 'High',
    unit: 'Unit',
    qualifier: 'Qualifier',
    cited_source: 'Cited by the report',
  },
});
