import { defineDataset } from 'report-site/schema';
import { ROUTE_NOTES, traffickingRoutesShahgaldiyev2016 as routes2016 } from './routes.ts';

export const traffickingRoutesRumyansev2013 = defineDataset({
  id: 'trafficking-routes-rumyansev-2013',
  file: 'trafficking/routes-rumyansev-2013.csv',
  title: 'Trafficking routes from Azerbaijan named by Rumyansev (2013), 1990s–2012',
  unit: 'routes (one row per route or destination the report names; no counts)',
  source: 'rumyansev-2013',
  locator:
    'pp. 1-3 (footnotes 2, 5, 9 and 12; pages counted from the first page of text, which the extraction does not number); the column locator gives the place of each row',
  notes: [
    ...ROUTE_NOTES,
    'The rows rest on different works, named in the column original_source (the US Trafficking in Persons Report 2012; the Azerbaijan Migration Center annual report for 2010; a trend.az news report; none for the 1990s), so the report itself is cited as source.',
    'The report quotes "experts from the United States" with a reference to the US Trafficking in Persons Report of June 2012, pp. 77-78 (footnote 2); it says Azerbaijan is also a transit and destination country but names no countries for those roles, so only its origin routes are listed.',
    'The report gives Russia for 2010 only as one of the "other countries" that four victims were taken to; the row for Russia in 2010 stands for that mention.',
    'The 1990s rows describe emigration to work in the sex industry and the sexual exploitation of emigrants, mostly women, that went with it, directed "mainly" to the four countries listed "and some other countries"; the report names no source for this sentence.',
  ],
  // The columns of the 2016 routes, so that the three datasets can be read together.
  row: routes2016.row.shape,
  columns: routes2016.columns,
});
