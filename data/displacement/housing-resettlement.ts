import { defineDataset, cell } from 'report-site/schema';

export const displacementHousingResettlement = defineDataset({
  id: 'displacement-housing-resettlement',
  file: 'displacement/housing-resettlement.csv',
  title: 'Housing of refugees and forced migrants in Azerbaijan: flats taken in Baku, camps closed and new settlements (Yunusov 2013)',
  unit: 'flats, camps or settlements (see column "counted")',
  source: 'yunusov-2013',
  locator: 'section "1. The problems of Azerbaijani refugees from CIS countries and domestic migrants"',
  notes: [
    'The three rows count different things (flats, camps, settlements) and must not be added up or drawn on one axis.',
    'The flats were taken in Baku alone, and their owners were still claiming them; refugees could not be evicted while the Karabakh conflict continued.',
    'The resettlement of the 28 camps began in 2003 and was complete by early 2010; each family received a three-room house, and no camps remain according to the report. The 76 settlements lie mainly along the front line.',
    'The rows rest on different references (column cited_in_report; "Azerbaijan, 2012" is an unsigned news article of November 2012 listed in the references of the report, bibliography key azerbaijan-awaits-2012, and the only reference in the paragraph on the camps and settlements), so the report itself is cited as source.',
  ],
  row: {
    item: cell.text(),
    period: cell.text(),
    number: cell.number({ min: 0, integer: true }),
    counted: cell.oneOf(['flats', 'camps', 'settlements']),
    cited_in_report: cell.text(),
  },
  columns: {
    item: 'Item',
    period: 'Period',
    number: 'Number',
    counted: 'Counted in',
    cited_in_report: 'Reference given in the report',
  },
});
