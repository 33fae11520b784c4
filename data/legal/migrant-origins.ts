import { defineDataset, cell } from 'report-site/schema';

export const legalMigrantOrigins = defineDataset({
  id: 'legal-migrant-origins',
  file: 'legal/migrant-origins.csv',
  title: 'Countries of origin of migrants to Azerbaijan, 2001–2009',
  unit: 'per cent',
  source: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", list after Table 3',
  notes: [
    'Shares for the whole period 2001-2009; the report does not name the source or say which migrants are counted. It follows Table 3 (arrivals for permanent residence, State Statistics Committee), but is not attributed to it.',
    'The six shares, including "Others", add up to 100.',
  ],
  row: {
    country: cell.text(),
    share_percent: cell.number({ min: 0, max: 100 }),
  },
  columns: {
    country: 'Country of origin',
    share_percent: 'Share of migrants (%)',
  },
  translations: {
    az: {
      title: 'Azərbaycana gələn miqrantların mənşə ölkələri, 2001–2009',
      unit: 'faiz',
      locator: '«Legal migration» bölməsi, 3 saylı cədvəldən sonrakı siyahı',
      notes: [
        'Bütün 2001–2009-cu illər dövrü üzrə paylar; hesabat mənbəni göstərmir və hansı miqrantların hesablandığını bildirmir. Siyahı 3 saylı cədvəldən (daimi yaşamaq üçün gələnlər, Dövlət Statistika Komitəsi) sonra gəlir, lakin ona aid edilmir.',
        '«Digərləri» daxil olmaqla altı payın cəmi 100-dür.',
      ],
      columns: {
        country: 'Mənşə ölkəsi',
        share_percent: 'Miqrantların payı (%)',
      },
      values: {
        country: {
          Russia: 'Rusiya',
          Georgia: 'Gürcüstan',
          Ukraine: 'Ukrayna',
          Turkey: 'Türkiyə',
          Kazakhstan: 'Qazaxıstan',
          Others: 'Digərləri',
        },
      },
    },
  },
});
