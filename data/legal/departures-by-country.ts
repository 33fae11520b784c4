import { defineDataset } from 'report-site/schema';
import { byCountryColumns, byCountryRow, byCountryColumnsAz, byCountryValuesAz } from './by-country-schema.ts';

export const legalDeparturesByCountry = defineDataset({
  id: 'legal-departures-by-country',
  file: 'legal/departures-by-country.csv',
  title: 'Departures from Azerbaijan for permanent residence, total and selected countries of destination, 1995–2010',
  unit: 'persons',
  source: 'state-statistics-committee',
  via: 'shahgaldiyev-2016',
  locator: 'Table 2 "Departure from Azerbaijan for permanent residence (persons)", section "Legal migration" (footnote 7: www.azstat.org)',
  notes: [
    'Six selected years only (1995, 2000, 2003, 2006, 2008, 2010), as in the report.',
    'The row marked Total is the total of all departures; the eight countries below it are listed in the report as "including", i.e. a selection. They do not add up to the total in any year and are not meant to: the remainder went to countries that are not listed.',
    'A "-" in the source (Iran, 2008 and 2010) is kept as no data, not as zero.',
    'In the text extraction the table is split by footnotes at a page break (Ukraine and USA come after them); the rows are joined here and agree with the second extraction (001).',
    'According to the report, the figures also include foreign citizens who had come to Azerbaijan earlier and were returning to their country of origin or moving to a third country.',
  ],
  row: byCountryRow,
  columns: byCountryColumns('Country of destination'),
  translations: {
    az: {
      title: 'Azərbaycandan daimi yaşamaq üçün gedənlər, cəmi və seçilmiş təyinat ölkələri üzrə, 1995–2010',
      unit: 'nəfər',
      locator: '2 saylı cədvəl «Departure from Azerbaijan for permanent residence (persons)», «Legal migration» bölməsi (7 saylı haşiyə: www.azstat.org)',
      notes: [
        'Hesabatda olduğu kimi, yalnız altı seçilmiş il (1995, 2000, 2003, 2006, 2008, 2010).',
        'Cəmi kimi işarələnmiş sətir bütün gedənlərin cəmidir; onun altındakı səkkiz ölkə hesabatda «o cümlədən» kimi, yəni seçmə şəklində sadalanır. Onlar heç bir ildə cəmi təşkil etmir və etməli də deyil: qalanlar sadalanmayan ölkələrə getmişdir.',
        'Mənbədəki «-» işarəsi (İran, 2008 və 2010) sıfır kimi deyil, məlumat yoxdur kimi saxlanılır.',
        'Mətn çıxarışında cədvəl səhifə keçidindəki qeydlərlə bölünür (Ukrayna və ABŞ onlardan sonra gəlir); burada sətirlər birləşdirilmişdir və ikinci çıxarışla (001) üst-üstə düşür.',
        'Hesabata görə, rəqəmlərə əvvəllər Azərbaycana gəlmiş və öz mənşə ölkəsinə qayıdan və ya üçüncü ölkəyə köçən əcnəbi vətəndaşlar da daxildir.',
      ],
      columns: byCountryColumnsAz('Təyinat ölkəsi'),
      values: byCountryValuesAz,
    },
  },
});
