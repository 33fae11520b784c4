// The typed entry of series.csv: a bad cell stops the build with its row and column.
import { defineDataset, cell } from 'report-site/schema';

export const series = defineDataset({
  id: 'sample-series',
  file: 'sample/series.csv',
  title: 'Sample series (replace with your own data)',
  unit: 'units',
  source: 'sample-source',
  locator: 'Table 1, p. 1',
  notes: ['Placeholder numbers that show how a dataset is written; replace the CSV and this entry with your own.'],
  row: {
    year: cell.year(),
    value: cell.number({ min: 0 }),
  },
  columns: {
    year: 'Year',
    value: 'Value (units)',
  },
});
