/**
 * The row shape of a timeline dataset (drawn by the "timeline" preset): a date
 * as precise as the source, a kind of event, the event in the report's words,
 * and where the source says it.
 */
import * as cell from './cells.ts';

export const TIMELINE_CATEGORIES = ['law', 'decree', 'institution', 'programme', 'census', 'conference', 'system', 'agreement', 'other'] as const;

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
