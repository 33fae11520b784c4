import { defineDataset, cell } from 'report-site/schema';

export const traffickingVictimsByDestination = defineDataset({
  id: 'trafficking-victims-by-destination',
  file: 'trafficking/victims-by-destination.csv',
  title: 'Trafficking victims from Azerbaijan by country of destination, 2010 and 2012',
  unit: 'persons',
  source: 'rumyansev-2013',
  locator: 'pp. 2-3, paragraphs on official statistics (footnotes 9 and 12)',
  notes: [
    'Official figures of the Ministry of Internal Affairs, reaching the report through two different channels: the 2010 figures through the Azerbaijan Migration Center annual report for 2010 (p. 5, footnote 9), the 2012 figures through a trend.az news report on the Ministry (footnote 12). The column reported_by says which; the dataset is cited to the report itself because its two years have different original sources.',
    'The report warns that the accuracy of these official statistics cannot be evaluated.',
    'In 2010 the four destinations add up to the 34 victims found that year (dataset trafficking-official-counts-2006-2012). "Other countries" includes Russia, which is not given separately for 2010.',
    'In 2012 the four countries add up to 47, far fewer than the 89 victims referred to support centres that year: the report gives no destination for the remaining 42.',
    'Countries are in the order of the report for each year.',
  ],
  row: {
    year: cell.year(),
    destination: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    reported_by: cell.text(),
  },
  columns: {
    year: 'Year',
    destination: 'Country of destination',
    persons: 'Victims (persons)',
    reported_by: 'Reported by',
  },
});
