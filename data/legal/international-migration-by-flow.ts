import { defineDataset, cell } from 'report-site/schema';

export const legalInternationalMigrationByFlow = defineDataset({
  id: 'legal-international-migration-by-flow',
  file: 'legal/international-migration-by-flow.csv',
  title: 'Arrivals in and departures from Azerbaijan for permanent residence, selected years 1990–2010 (one row per year and flow)',
  unit: 'thousands of persons',
  source: 'state-statistics-committee',
  via: 'shahgaldiyev-2016',
  locator: 'Table 1 "International migration (thousands persons)", section "Legal migration" (footnote 5: www.azstat.org)',
  notes: [
    'The arrivals and departures columns of legal-international-migration (Table 1), put one under the other with a flow column so that both can be drawn as lines on one chart. The figures are the same, as published; net migration and its urban and rural split are in legal-international-migration.',
    'The table covers ten selected years only (1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010); the years between are not in the report and are not filled in.',
    'Only moves for permanent residence are counted.',
    'For 2008, Table 3 of the same report gives 3957 arrivals (in persons), which does not match the 3.6 thousand given here; both are kept as published.',
  ],
  row: {
    year: cell.year(),
    flow: cell.oneOf(['Arrivals', 'Departures']),
    thousands: cell.number({ min: 0 }),
  },
  columns: {
    year: 'Year',
    flow: 'Flow',
    thousands: 'Thousands of persons',
  },
  translations: {
    az: {
      title: 'Azərbaycana daimi yaşamaq üçün gələnlər və Azərbaycandan gedənlər, 1990–2010-cu illərin seçilmiş illəri (hər il və axın üçün bir sətir)',
      unit: 'min nəfər',
      locator: '1 saylı cədvəl «International migration (thousands persons)», «Legal migration» bölməsi (5 saylı haşiyə: www.azstat.org)',
      notes: [
        'legal-international-migration (1 saylı cədvəl) məlumat dəstinin gələnlər və gedənlər sütunları, hər ikisinin bir qrafikdə xətlə göstərilə bilməsi üçün «Axın» sütunu ilə bir-birinin altına yerləşdirilmişdir. Rəqəmlər eynidir, dərc olunduğu kimidir; miqrasiya saldosu və onun şəhər və kənd yerləri üzrə bölgüsü legal-international-migration məlumat dəstindədir.',
        'Cədvəl yalnız on seçilmiş ili əhatə edir (1990, 1991, 1996, 1997, 2002, 2003, 2007, 2008, 2009, 2010); aradakı illər hesabatda yoxdur və doldurulmur.',
        'Yalnız daimi yaşayış üçün köçlər hesablanır.',
        '2008-ci il üçün həmin hesabatın 3 saylı cədvəli 3.957 gələn (nəfərlə) göstərir ki, bu da burada verilən 3,6 min ilə uyğun gəlmir; hər ikisi dərc olunduğu kimi saxlanılır.',
      ],
      columns: {
        year: 'İl',
        flow: 'Axın',
        thousands: 'Min nəfər',
      },
      values: {
        flow: { Arrivals: 'Gələnlər', Departures: 'Gedənlər' },
      },
    },
  },
});
