/** Notes shared by this report's timelines: how their dates and kinds of event are read. */
export const TIMELINE_COMMON_NOTES = [
  'Dates are only as precise as the report: "2007" means the report gives the year only. Rows are sorted by date; a year-only date comes before the dated events of that year.',
  'Categories are our own: "law" covers laws, parliamentary resolutions and regulations; "decree" covers presidential decrees and Cabinet of Ministers decrees or decisions that do not found an institution, system or programme; a decree that founds an institution, system or programme is filed under what it founds.',
  'Events are summarised in our own words; surveys, statistics and publications the report merely cites are left out.',
];

/** The same notes in Azerbaijani, in the same order, for the timelines' `translations.az.notes`. */
export const TIMELINE_COMMON_NOTES_AZ = [
  'Tarixlər hesabatdakı dəqiqliklə verilir: "2007" hesabatın yalnız ili göstərdiyini bildirir. Sətirlər tarixə görə sıralanıb; yalnız ili göstərilmiş tarix həmin ilin dəqiq tarixli hadisələrindən əvvəl gəlir.',
  'Kateqoriyalar bizim öz bölgümüzdür: «qanun» qanunları, parlament qərarlarını və əsasnamələri əhatə edir; «fərman və qərar» qurum, sistem və ya proqram təsis etməyən Prezident fərmanlarını, habelə Nazirlər Kabinetinin qərarlarını əhatə edir; qurum, sistem və ya proqram təsis edən fərman isə təsis etdiyi şeyin kateqoriyasına aid edilir.',
  'Hadisələr öz sözlərimizlə ümumiləşdirilib; hesabatın sadəcə istinad etdiyi sorğular, statistik məlumatlar və nəşrlər daxil edilməyib.',
];
