import { defineDataset } from 'report-site/schema';
import { byCountryColumns, byCountryRow, byCountryColumnsAz, byCountryValuesAz } from './by-country-schema.ts';

export const legalArrivalsByCountry = defineDataset({
  id: 'legal-arrivals-by-country',
  file: 'legal/arrivals-by-country.csv',
  title: 'Arrivals in Azerbaijan for permanent residence, total and selected countries of origin, 1995–2010',
  unit: 'persons',
  source: 'state-statistics-committee',
  via: 'shahgaldiyev-2016',
  locator: 'Table 3 "Arrival from foreign countries for permanent residence (in persons)", section "Legal migration" (footnotes 8 and 9: www.azstat.org)',
  notes: [
    'Six selected years only (1995, 2000, 2003, 2006, 2008, 2010), as in the report.',
    'The row marked Total is the total of all arrivals; the eight countries below it are listed in the report as "including", i.e. a selection. They do not add up to the total in any year and are not meant to: the remainder came from countries that are not listed.',
    'A "-" in the source (Germany 1995 and 2006, USA 1995 and 2003) is kept as no data, not as zero.',
    'In the text extraction the Total row and the country rows are separated by footnotes at a page break; they are joined here and agree with the second extraction (001).',
    'According to the report, the figures also include Azerbaijanis who had left the country earlier and were coming back.',
    'The 2008 total (3957 persons) does not agree with Table 1 of the same report, which gives 3.6 thousand arrivals for 2008; the other years shown in both tables (2003, 2010) agree once rounded to thousands. Both figures are kept as published.',
    'Turkey shows a one-off jump in 2008 (267 persons against 7 in 2006 and 4 in 2010); it is kept as published.',
  ],
  row: byCountryRow,
  columns: byCountryColumns('Country of origin'),
  translations: {
    az: {
      title: 'Azərbaycana daimi yaşamaq üçün gələnlər, cəmi və seçilmiş mənşə ölkələri üzrə, 1995–2010',
      unit: 'nəfər',
      locator: '3 saylı cədvəl «Arrival from foreign countries for permanent residence (in persons)», «Legal migration» bölməsi (8 və 9 saylı haşiyələr: www.azstat.org)',
      notes: [
        'Hesabatda olduğu kimi, yalnız altı seçilmiş il (1995, 2000, 2003, 2006, 2008, 2010).',
        'Cəmi kimi işarələnmiş sətir bütün gələnlərin cəmidir; onun altındakı səkkiz ölkə hesabatda «o cümlədən» kimi, yəni seçmə şəklində sadalanır. Onlar heç bir ildə cəmi təşkil etmir və etməli də deyil: qalanlar sadalanmayan ölkələrdən gəlmişdir.',
        'Mənbədəki «-» işarəsi (Almaniya 1995 və 2006, ABŞ 1995 və 2003) sıfır kimi deyil, məlumat yoxdur kimi saxlanılır.',
        'Mətn çıxarışında Cəmi sətri ilə ölkə sətirləri səhifə keçidindəki qeydlərlə ayrılır; burada onlar birləşdirilmişdir və ikinci çıxarışla (001) üst-üstə düşür.',
        'Hesabata görə, rəqəmlərə əvvəllər ölkəni tərk etmiş və geri qayıdan azərbaycanlılar da daxildir.',
        '2008-ci il üzrə cəmi (3.957 nəfər) həmin hesabatın 2008-ci il üçün 3,6 min gələn göstərən 1 saylı cədvəli ilə uyğun gəlmir; hər iki cədvəldə göstərilən digər illər (2003, 2010) minlərə qədər yuvarlaqlaşdırıldıqda üst-üstə düşür. Hər iki rəqəm dərc olunduğu kimi saxlanılır.',
        'Türkiyə üzrə 2008-ci ildə birdəfəlik sıçrayış var (2006-cı ildəki 7 və 2010-cu ildəki 4 nəfərə qarşı 267 nəfər); rəqəm dərc olunduğu kimi saxlanılır.',
      ],
      columns: byCountryColumnsAz('Mənşə ölkəsi'),
      values: byCountryValuesAz,
    },
  },
});
