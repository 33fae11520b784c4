import { defineDataset, cell } from 'report-site/schema';

export const routes = defineDataset({
  id: 'routes',
  file: 'irregular/routes.csv',
  title: 'Routes of irregular migration and trafficking through Azerbaijan, and the intended destinations of transit migrants, as described by Shahgaldiyev (2016)',
  unit: 'routes (one row per leg named in the report; no counts)',
  source: 'shahgaldiyev-2016',
  locator: 'section "Irregular migration", first paragraph and list of intended destinations (footnotes 10 and 11); section "Figures and information on trafficking in human beings", first paragraph (footnote 15)',
  notes: [
    'One row per leg that the report names, with the country names of the world map. The report gives no numbers for any route: the rows say that a route exists, not how many people use it.',
    'The rows rest on different works named in the column cited_in_report (the ICMPD Yearbook 2005, p. 41, for the main routes; an ICMPD 2005 overview of migration systems in the CIS for the intended destinations; the US State Department Trafficking in Persons Report 2011 for the trafficking transit; nothing for the route to Japan), so the report itself is cited as source.',
    'Main routes to Europe: the report names Afghanistan, Iran, Iraq, Pakistan and "countries of South-East Asia" as origins, and Russia, Georgia and Turkey as the countries the routes continue through. The South-East Asian countries are not named, so they have no row and do not appear on the map.',
    'The report does not say which transit country leads to which destination: the arrows from Azerbaijan to Bulgaria, France, Sweden, Norway, Switzerland and Germany show intended destinations, not the path taken.',
    'The route to Japan is given as Iran, then Azerbaijan, then China, then Japan; the report names no source for it.',
    'The report also says that every year hundreds of would-be migrants from the Middle East and Central Asia (Iran, Iraq, Afghanistan and Pakistan are named as examples) try to enter Azerbaijan illegally across the border with Iran. These are the same country pairs as the first leg of the main routes, so no separate rows are added.',
    'Trafficking transit: the report, quoting the US State Department, says Azerbaijan is a transit country for women from Uzbekistan and Kazakhstan subjected to forced prostitution in Turkey and the United Arab Emirates. Routes of trafficking out of Azerbaijan (not transit) are left to the trafficking datasets.',
  ],
  row: {
    from_country: cell.text(),
    to_country: cell.text(),
    route_kind: cell.oneOf(['Main routes to Europe', 'Route to Japan', 'Intended destination', 'Trafficking transit']),
    leg: cell.oneOf(['Into Azerbaijan', 'Onward from Azerbaijan', 'Beyond the next country', 'Destination (path not stated)']),
    who: cell.text(),
    locator: cell.text(),
    cited_in_report: cell.text(),
  },
  columns: {
    from_country: 'From',
    to_country: 'To',
    route_kind: 'Kind of route',
    leg: 'Leg',
    who: 'Who travels (as described in the report)',
    locator: 'Where in the report',
    cited_in_report: 'Reference given in the report',
  },
});
