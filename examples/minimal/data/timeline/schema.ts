/** Row shape shared by the per-report timelines. */
import * as cell from '../../../../src/schemas/cells.ts';

export const TIMELINE_CATEGORIES = [
  'law',
  'decree',
  'institution',
  'programme',
  'census',
  'conference',
  'system',
  'agreement',
  'other',
] as const;

export const timelineRow = {
  date: cell.partialDate(),
  category: cell.oneOf(TIMELINE_CATEGORIES),
  event: cell.text(),
  locator: cell.text(),
};

export const timelineColumns = {
  date: 'Date (as precise as the report)',
  category: 'Kind of event',
  event: 'Event',
  locator: 'Where in the report',
} as const;

export const TIMELINE_COMMON_NOTES = [
  'Dates are only as precise as the report: "2007" means the report gives the year only. Rows are sorted by date; a year-only date comes before the dated events of that year.',
  'Categories are our own: "law" covers laws, parliamentary resolutions and regulations; "decree" covers presidential decrees and Cabinet of Ministers decrees or decisions that do not found an institution, system or programme; a decree that founds an institution, system or programme is filed under what it founds.',
  'Events are summarised in our own words; surveys, statistics and publications the report merely cites are left out.',
];
