/** Row shape shared by the remittance datasets that give shares in words and in numbers. */
import { cell } from 'report-site/schema';

export const shareRow = {
  measure: cell.text(),
  share_percent: cell.number({ min: 0, max: 100 }),
  as_published: cell.text(),
};

export const shareColumns = {
  measure: 'Measure',
  share_percent: 'Share (%)',
  as_published: 'As written in the report',
};
