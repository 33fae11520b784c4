import { defineDataset } from '../../src/schemas/dataset.ts';
import * as cell from '../../src/schemas/cells.ts';

export const traffickingRoutes = defineDataset({
  id: 'trafficking-routes',
  file: 'trafficking/routes.csv',
  title: 'Trafficking routes to, from and through Azerbaijan named in the reports',
  unit: 'routes (one row per route or destination a report names; no counts)',
  source: 'shahgaldiyev-2016',
  locator:
    'Shahgaldiyev 2016, section "Figures and information on trafficking in human beings" (footnote 15); Rumyansev 2013, pp. 1-3 (footnotes 2, 5, 9 and 12; pages counted from the first page of text, which the extraction does not number); Yunusov 2013, section "Integration problems of Azerbaijani migrants in the Middle East"; the column locator gives the place of each row',
  notes: [
    'The rows come from three reports, named in the column reported_in by their citation key; the dataset is filed under Shahgaldiyev 2016 because its rows are the only ones that describe Azerbaijan as origin, transit and destination country with named countries. The column original_source names whom each report quotes for the route.',
    'Shahgaldiyev 2016 quotes the US Trafficking in Persons Report 2011 (footnote 15). Rumyansev 2013 quotes "experts from the United States" with a reference to the US Trafficking in Persons Report of June 2012, pp. 77-78 (footnote 2); it says Azerbaijan is also a transit and destination country but names no countries for those roles, so only its origin routes are listed.',
    'role is the part Azerbaijan plays on the route: origin (victims from Azerbaijan exploited abroad), transit (victims from another country taken through Azerbaijan), destination (victims from another country exploited in Azerbaijan). For transit routes from_country and to_country are the country of origin and of exploitation, and via_country is Azerbaijan.',
    'A route that several reports, or one report for several years, name appears once per statement: the rows are statements, not distinct routes, and carry no number of victims. The numbers of victims by destination for 2010 and 2012 are in the dataset trafficking-victims-by-destination.',
    'Rumyansev 2013 gives Russia for 2010 only as one of the "other countries" that four victims were taken to; the row for Russia in 2010 stands for that mention.',
    'The 1990s rows of Rumyansev 2013 describe emigration to work in the sex industry and the sexual exploitation of emigrants, mostly women, that went with it, directed "mainly" to the four countries listed "and some other countries"; the report names no source for this sentence.',
    'Yunusov 2013 makes two statements: from 1997 reports of Azerbaijani women in illegal prostitution came more and more often from Turkey, the UAE, Syria, Iran and "sometimes" Pakistan; and the majority of Azerbaijani women are sexually exploited in Turkey, the UAE, Iran, India, Egypt and Indonesia, the countries from which most reports of arrests and deportations came. The second statement has no year.',
    'Country names are those of the world map (Natural Earth 1:110m): "Russia" for the Russian Federation, "Iran", "Moldova", "United Arab Emirates" for the UAE.',
  ],
  row: {
    from_country: cell.text(),
    to_country: cell.text(),
    via_country: cell.textOrNull(),
    role: cell.oneOf(['origin', 'transit', 'destination']),
    victims: cell.text(),
    exploited_as: cell.text(),
    period: cell.textOrNull(),
    reported_in: cell.oneOf(['shahgaldiyev-2016', 'rumyansev-2013', 'yunusov-2013']),
    original_source: cell.text(),
    locator: cell.text(),
  },
  columns: {
    from_country: 'From (country of origin)',
    to_country: 'To (country of exploitation)',
    via_country: 'Via',
    role: "Azerbaijan's role",
    victims: 'Victims',
    exploited_as: 'Exploited as',
    period: 'Period',
    reported_in: 'Reported in',
    original_source: 'Original source named by the report',
    locator: 'Where in the report',
  },
});
