import { defineDataset, cell } from 'report-site/schema';
import { byCountryValuesAz } from './by-country-schema.ts';

export const legalMovesByCountry = defineDataset({
  id: 'legal-moves-by-country',
  file: 'legal/moves-by-country.csv',
  title: 'Departures from and arrivals in Azerbaijan for permanent residence, total and selected countries, 1995–2010 (Tables 2 and 3 together)',
  unit: 'persons',
  source: 'state-statistics-committee',
  via: 'shahgaldiyev-2016',
  locator: 'Tables 2 "Departure from Azerbaijan for permanent residence (persons)" and 3 "Arrival from foreign countries for permanent residence (in persons)", section "Legal migration" (footnotes 7-9: www.azstat.org)',
  notes: [
    'The rows of legal-arrivals-by-country (Table 3) and legal-departures-by-country (Table 2), put together with a direction column so that departures and arrivals for the same country can be drawn on one chart. The figures are the same, as published.',
    'Six selected years only (1995, 2000, 2003, 2006, 2008, 2010), as in the report.',
    'The eight countries are listed in the report as "including", i.e. a selection: they do not add up to the Total rows, and the remainder is not given.',
    'For departures the country is the destination; for arrivals it is the country of origin. Departures include foreigners who had come to Azerbaijan earlier and were leaving again; arrivals include Azerbaijanis returning home.',
    'A "-" in the source is kept as no data, not as zero.',
    'The 2008 arrival total (3957 persons) does not match the 3.6 thousand arrivals of Table 1 in the same report; both are kept as published.',
  ],
  row: {
    country: cell.text(),
    row_type: cell.oneOf(['Total', 'Country']),
    direction: cell.oneOf(['Arrivals', 'Departures']),
    year: cell.year(),
    persons: cell.numberOrNull({ min: 0, integer: true }),
  },
  columns: {
    country: 'Country (destination for departures, origin for arrivals)',
    row_type: 'Row type (Total or a listed country)',
    direction: 'Direction',
    year: 'Year',
    persons: 'Persons',
  },
  translations: {
    az: {
      title: 'Azərbaycandan daimi yaşamaq üçün gedənlər və Azərbaycana gələnlər, cəmi və seçilmiş ölkələr üzrə, 1995–2010 (2 və 3 saylı cədvəllər birlikdə)',
      unit: 'nəfər',
      locator: '2 saylı cədvəl «Departure from Azerbaijan for permanent residence (persons)» və 3 saylı cədvəl «Arrival from foreign countries for permanent residence (in persons)», «Legal migration» bölməsi (7-9 saylı haşiyələr: www.azstat.org)',
      notes: [
        'legal-arrivals-by-country (3 saylı cədvəl) və legal-departures-by-country (2 saylı cədvəl) məlumat dəstlərinin sətirləri, eyni ölkə üzrə gedənlərin və gələnlərin bir qrafikdə göstərilə bilməsi üçün «İstiqamət» sütunu ilə birləşdirilmişdir. Rəqəmlər eynidir, dərc olunduğu kimidir.',
        'Hesabatda olduğu kimi, yalnız altı seçilmiş il (1995, 2000, 2003, 2006, 2008, 2010).',
        'Səkkiz ölkə hesabatda «o cümlədən» kimi, yəni seçmə şəklində sadalanır: onlar Cəmi sətirlərini təşkil etmir, qalan hissə isə verilmir.',
        'Gedənlər üçün ölkə təyinat ölkəsi, gələnlər üçün isə mənşə ölkəsidir. Gedənlərə əvvəllər Azərbaycana gəlmiş və yenidən ölkəni tərk edən əcnəbilər, gələnlərə isə vətənə qayıdan azərbaycanlılar daxildir.',
        'Mənbədəki «-» işarəsi sıfır kimi deyil, məlumat yoxdur kimi saxlanılır.',
        '2008-ci il üzrə gələnlərin cəmi (3.957 nəfər) həmin hesabatın 1 saylı cədvəlindəki 3,6 min gələnlə uyğun gəlmir; hər ikisi dərc olunduğu kimi saxlanılır.',
      ],
      columns: {
        country: 'Ölkə (gedənlər üçün təyinat, gələnlər üçün mənşə ölkəsi)',
        row_type: 'Sətrin növü (cəmi və ya sadalanan ölkə)',
        direction: 'İstiqamət',
        year: 'İl',
        persons: 'Nəfər',
      },
      values: {
        ...byCountryValuesAz,
        direction: { Arrivals: 'Gələnlər', Departures: 'Gedənlər' },
      },
    },
  },
});
