import { defineDataset, cell } from 'report-site/schema';

export const legalInternationalMigration = defineDataset({
  id: 'legal-international-migration',
  file: 'legal/international-migration.csv',
  title: 'Arrivals in and departures from Azerbaijan for permanent residence and net migration (total, urban and rural), selected years 1990–2010',
  unit: 'thousands of persons',
  source: 'state-statistics-committee',
  via: 'shahgaldiyev-2016',
  locator: 'Table 1 "International migration (thousands persons)", section "Legal migration" (footnote 5: www.azstat.org)',
  notes: [
    'The table covers ten selected years only (1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010); the years between are not in the report and are not filled in.',
    'In the text extraction the table is split by a block of footnotes at a page break: the rows for 1990-1991 come before the footnotes and those for 1996-2010 after them. They are joined here; the second extraction of the report (001) has the same ten rows with the same figures.',
    'Kept in a wide shape (one row per year) so that the relations between columns can be tested: in every year net = arrivals - departures and net = urban + rural, exactly as published.',
    'Only moves for permanent residence are counted. Negative values are net outflows. The urban and rural columns split net migration by type of place of residence in Azerbaijan.',
    'The executive summary of the report quotes the same figures for net migration, -40.1 in 1991 and +1.4 in 2010 (in thousands), and reads the latter as about 1,400 persons.',
    'Cross-check with Tables 2 and 3 (in persons): the departure totals of 2003, 2008 and 2010 (3754, 2530, 799) and the arrival totals of 2003 and 2010 (2500, 2228) match this table once rounded to thousands, but the 2008 arrival total of Table 3 (3957 persons) does not match the 3.6 thousand arrivals given here for 2008.',
  ],
  row: {
    year: cell.year(),
    arrivals: cell.number({ min: 0 }),
    departures: cell.number({ min: 0 }),
    net: cell.number(),
    net_urban: cell.number(),
    net_rural: cell.number(),
  },
  columns: {
    year: 'Year',
    arrivals: 'Arrivals for permanent residence (thousands)',
    departures: 'Departures for permanent residence (thousands)',
    net: 'Net migration (thousands)',
    net_urban: 'Net migration, urban places (thousands)',
    net_rural: 'Net migration, rural places (thousands)',
  },
  translations: {
    az: {
      title: 'Azərbaycana daimi yaşamaq üçün gələnlər, Azərbaycandan gedənlər və miqrasiya saldosu (cəmi, şəhər və kənd yerləri), 1990–2010-cu illərin seçilmiş illəri',
      unit: 'min nəfər',
      locator: '1 saylı cədvəl «International migration (thousands persons)», «Legal migration» bölməsi (5 saylı haşiyə: www.azstat.org)',
      notes: [
        'Cədvəl yalnız on seçilmiş ili əhatə edir (1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010); aradakı illər hesabatda yoxdur və doldurulmur.',
        'Mətn çıxarışında cədvəl səhifə keçidindəki qeydlər bloku ilə bölünür: 1990–1991-ci illərin sətirləri qeydlərdən əvvəl, 1996–2010-cu illərin sətirləri isə onlardan sonra gəlir. Burada onlar birləşdirilmişdir; hesabatın ikinci çıxarışında (001) eyni rəqəmlərlə eyni on sətir var.',
        'Sütunlar arasındakı əlaqələrin yoxlanıla bilməsi üçün geniş formada (hər il üçün bir sətir) saxlanılır: hər ildə saldo = gələnlər - gedənlər və saldo = şəhər + kənd, tam dərc olunduğu kimi.',
        'Yalnız daimi yaşayış üçün köçlər hesablanır. Mənfi qiymətlər xalis çıxışı bildirir. Şəhər və kənd sütunları miqrasiya saldosunu Azərbaycanda yaşayış yerinin növü üzrə bölür.',
        'Hesabatın icmalında miqrasiya saldosu üçün eyni rəqəmlər verilir: 1991-ci ildə -40,1 və 2010-cu ildə +1,4 (min nəfərlə); sonuncu təxminən 1.400 nəfər kimi şərh olunur.',
        '2 və 3 saylı cədvəllərlə (nəfərlə) tutuşdurma: 2003, 2008 və 2010-cu illərin gedənlər üzrə cəmləri (3.754, 2.530, 799) və 2003 və 2010-cu illərin gələnlər üzrə cəmləri (2.500, 2.228) minlərə qədər yuvarlaqlaşdırıldıqda bu cədvəllə üst-üstə düşür, lakin 3 saylı cədvəlin 2008-ci il üzrə gələnlər cəmi (3.957 nəfər) burada 2008-ci il üçün verilən 3,6 min gələnlə uyğun gəlmir.',
      ],
      columns: {
        year: 'İl',
        arrivals: 'Daimi yaşamaq üçün gələnlər (min)',
        departures: 'Daimi yaşamaq üçün gedənlər (min)',
        net: 'Miqrasiya saldosu (min)',
        net_urban: 'Miqrasiya saldosu, şəhər yerləri (min)',
        net_rural: 'Miqrasiya saldosu, kənd yerləri (min)',
      },
      values: {},
    },
  },
});
