/** Notes shared by this report's timelines: how their dates and kinds of event are read. */
export const TIMELINE_COMMON_NOTES = [
  'Dates are only as precise as the report: "2007" means the report gives the year only. Rows are sorted by date; a year-only date comes before the dated events of that year.',
  'Categories are our own: "law" covers laws, parliamentary resolutions and regulations; "decree" covers presidential decrees and Cabinet of Ministers decrees or decisions that do not found an institution, system or programme; a decree that founds an institution, system or programme is filed under what it founds.',
  'Events are summarised in our own words; surveys, statistics and publications the report merely cites are left out.',
];
