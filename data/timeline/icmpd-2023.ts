import { defineDataset, timelineColumns, timelineRow } from 'report-site/schema';
import { TIMELINE_COMMON_NOTES } from './notes.ts';

export const timelineIcmpd2023 = defineDataset({
  id: 'timeline-icmpd-2023',
  file: 'timeline/icmpd-2023.csv',
  title: "Dated events in migration data management in Azerbaijan reported by the 2023 ICMPD baseline study, 2000-2022",
  unit: 'events',
  source: 'icmpd-2023',
  locator: "Sections 1-10 and the recommendations, with footnotes",
  notes: [
    ...TIMELINE_COMMON_NOTES,
    "Period-long items are dated by their start: the IOM capacity project ran 2014-2018, the first MOBILAZE 2015-2019, and MOBILAZE 2 from June 2021 for 36 months (2021 to 2024 in the list of acronyms).",
    "The report writes some dates day-month-year: \"07.06.2007\" (Regulation No. 28-T) is stored as 2007-06-07 and \"28.07.2015\" (SSC resolution on Form No. 1) as 2015-07-28.",
    "The 2009 census is the latest with published results; the 2019 census was held on 1 October 2019, but its results were not yet out when the study was written.",
    "The report also calls Cabinet of Ministers \"Decree 5\" the act regulating visa issuance; whether it is the same act as Decision No. 5 of 12 January 2012 on access to IAMAS is not said, so only the dated decision is listed.",
  ],
  row: timelineRow,
  columns: timelineColumns,
});
