/**
 * The row shape of a timeline dataset (drawn by the "timeline" preset): a date
 * as precise as the source, a kind of event, the event in the report's words,
 * and where the source says it.
 */
import * as cell from './cells.ts';
import { t, type Lang } from '../i18n/index.ts';

export const TIMELINE_CATEGORIES = ['law', 'decree', 'institution', 'programme', 'census', 'conference', 'system', 'agreement', 'other'] as const;

export const timelineRow = {
  date: cell.partialDate(),
  category: cell.oneOf(TIMELINE_CATEGORIES),
  event: cell.text(),
  locator: cell.text(),
};

/** The column labels of a timeline dataset in a language. */
export function timelineColumnsIn(lang: Lang) {
  return {
    date: t(lang, 'timeline.date'),
    category: t(lang, 'timeline.category'),
    event: t(lang, 'timeline.event'),
    locator: t(lang, 'timeline.locator'),
  };
}

/** The column labels in English, for a dataset entry written in English. */
export const timelineColumns = timelineColumnsIn('en');
