import { defineDataset, timelineColumns, timelineRow } from 'report-site/schema';
import { TIMELINE_COMMON_NOTES } from './notes.ts';

export const timelineRumyansev2013 = defineDataset({
  id: 'timeline-rumyansev-2013',
  file: 'timeline/rumyansev-2013.csv',
  title: "Dated anti-trafficking measures and events in Azerbaijan reported by Rumyansev (2013), 1997-2012",
  unit: 'events',
  source: 'rumyansev-2013',
  locator: "Main text, paragraphs 2-9 and footnotes",
  notes: [
    ...TIMELINE_COMMON_NOTES,
    "The extraction of this report is short and has no section headings, so locators count paragraphs of the main text.",
  ],
  row: timelineRow,
  columns: timelineColumns,
});
