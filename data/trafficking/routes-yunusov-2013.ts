import { defineDataset } from 'report-site/schema';
import { ROUTE_NOTES, traffickingRoutesShahgaldiyev2016 as routes2016 } from './routes.ts';

export const traffickingRoutesYunusov2013 = defineDataset({
  id: 'trafficking-routes-yunusov-2013',
  file: 'trafficking/routes-yunusov-2013.csv',
  title: 'Countries where Azerbaijani women were in illegal prostitution or sexually exploited, named by Yunusov (2013), from 1997',
  unit: 'routes (one row per route or destination the report names; no counts)',
  source: 'yunusov-2013',
  locator: 'section "3. Integration problems of Azerbaijani migrants in the Middle East"',
  notes: [
    ...ROUTE_NOTES,
    'The report makes two statements: from 1997 reports of Azerbaijani women in illegal prostitution came more and more often from Turkey, the UAE, Syria, Iran and "sometimes" Pakistan; and the majority of Azerbaijani women are sexually exploited in Turkey, the UAE, Iran, India, Egypt and Indonesia, the countries from which most reports of arrests and deportations came. The second statement has no year.',
    'Neither statement names a source. The paragraph goes on to figures of 1999 that it credits to Yunusov 2009, p. 195 (dataset trafficking-women-in-prostitution-abroad-1999); that reference is not taken to cover the routes.',
  ],
  // The columns of the 2016 routes, so that the three datasets can be read together.
  row: routes2016.row.shape,
  columns: routes2016.columns,
});
