import { defineDataset, timelineColumns, timelineRow } from 'report-site/schema';
import { TIMELINE_COMMON_NOTES } from './notes.ts';

export const timelineYunusov2013 = defineDataset({
  id: 'timeline-yunusov-2013',
  file: 'timeline/yunusov-2013.csv',
  title: "Dated events in migration to, from and within Azerbaijan reported by Yunusov (2013), 1994-2011",
  unit: 'events',
  source: 'yunusov-2013',
  locator: "Sections \"Problems of migrant integration in Azerbaijani society\", \"Integration problems of Azerbaijani migrants in other countries\" and front matter",
  notes: [
    ...TIMELINE_COMMON_NOTES,
    "Some events the report dates to a span (\"2000-2002\", \"2001-2002\") or a part of a year (\"late 1999\", \"late 2007\", \"early 2010\", \"autumn 2010\") are dated by the year only; the event text keeps the span.",
    "Events in Russia that the report links to Azerbaijani migration (rule changes, deportations, a demonstration) are included as \"other\".",
    "The report also dates surveys of migrants (2001, 2002, 2005) and statistics; these are not events and are left out.",
  ],
  row: timelineRow,
  columns: timelineColumns,
});
