import { defineDataset, cell } from 'report-site/schema';

/**
 * Notes shared by the three route datasets, one per report: this one and
 * routes-rumyansev-2013 and routes-yunusov-2013, which take its columns.
 */
export const ROUTE_NOTES = [
  'The routes the reports name are in three datasets, one per report: trafficking-routes-shahgaldiyev-2016, trafficking-routes-rumyansev-2013 and trafficking-routes-yunusov-2013. The column reported_in repeats the report by its citation key, and original_source names whom the report quotes for the route.',
  'role is the part Azerbaijan plays on the route: origin (victims from Azerbaijan exploited abroad), transit (victims from another country taken through Azerbaijan), destination (victims from another country exploited in Azerbaijan). For transit routes from_country and to_country are the country of origin and of exploitation, and via_country is Azerbaijan.',
  'A route that several reports, or one report for several years, name appears once per statement: the rows are statements, not distinct routes, and carry no number of victims. The numbers of victims by destination for 2010 and 2012 are in the dataset trafficking-victims-by-destination.',
  'Country names are those of the world map (Natural Earth 1:110m): "Russia" for the Russian Federation, "Iran", "Moldova", "United Arab Emirates" for the UAE.',
];

export const traffickingRoutesShahgaldiyev2016 = defineDataset({
  id: 'trafficking-routes-shahgaldiyev-2016',
  file: 'trafficking/routes.csv',
  title: 'Trafficking routes to, from and through Azerbaijan named by the US Trafficking in Persons Report 2011, as quoted by Shahgaldiyev (2016)',
  unit: 'routes (one row per route or destination the report names; no counts)',
  source: 'us-tip-report-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "Figures and information on trafficking in human beings", first paragraph (footnote 15)',
  notes: [
    ...ROUTE_NOTES,
    'Every row comes from the paragraph that the report credits to the US Trafficking in Persons Report 2011 (footnote 15). It is the only passage of the reports that describes Azerbaijan as a country of origin, transit and destination with named countries.',
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
