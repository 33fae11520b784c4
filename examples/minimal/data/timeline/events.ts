import { defineDataset, timelineColumns, timelineRow } from 'report-site/schema';
import { TIMELINE_COMMON_NOTES } from './notes.ts';

export const events = defineDataset({
  id: 'events',
  file: 'timeline/events.csv',
  title: "Dated migration laws, institutions and programmes in Azerbaijan reported by Shahgaldiyev (2016), 1991-2012",
  unit: 'events',
  source: 'shahgaldiyev-2016',
  locator: "Executive summary; sections on legal and irregular migration, IDPs, remittances and the assessment of migration policies",
  notes: [
    ...TIMELINE_COMMON_NOTES,
    "The 2012 row stands for the draft State Migration Programme for 2012-2014 that the report says was being prepared; it is dated by the first year of the programme period, as the report gives no drafting date.",
    "The State Migration Programme for 2006-2008 is dated by its first year.",
    "The 1994 row is the end of the armed conflict, which the report dates only by year.",
  ],
  row: timelineRow,
  columns: timelineColumns,
});
