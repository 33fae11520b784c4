import { defineDataset, cell } from 'report-site/schema';

export const generalFactbookTopCountries = defineDataset({
  id: 'general-factbook-top-countries',
  file: 'general/factbook-top-countries.csv',
  title: 'Top destination countries of emigrants from Azerbaijan and top source countries of its immigrants, 2010 (World Bank Factbook 2011)',
  unit: 'rank (position in the list)',
  source: 'world-bank-factbook-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "General statistics on migration in Azerbaijan" (footnote 1)',
  notes: [
    'The report lists the countries without numbers; rank is the position of a country in the list as printed (first = 1), taken to be the Factbook order from the largest down.',
    'Ten destination countries and four source countries are listed.',
  ],
  row: {
    direction: cell.oneOf(['Destination of emigrants', 'Source of immigrants']),
    rank: cell.number({ integer: true, min: 1, max: 10 }),
    country: cell.text(),
  },
  columns: {
    direction: 'List',
    rank: 'Position in the list',
    country: 'Country',
  },
  translations: {
    az: {
      title: 'Azərbaycandan gedən emiqrantların əsas təyinat ölkələri və immiqrantların əsas mənşə ölkələri, 2010 (Dünya Bankı, Migration and Remittances Factbook 2011)',
      unit: 'sıra (siyahıdakı yeri)',
      locator: '«General statistics on migration in Azerbaijan» bölməsi (1 saylı haşiyə)',
      notes: [
        'Hesabat ölkələri rəqəmsiz sadalayır; sıra ölkənin çap olunmuş siyahıdakı yeridir (birinci = 1) və ən böyükdən başlayaraq Factbook-dakı ardıcıllıq kimi qəbul edilir.',
        'On təyinat ölkəsi və dörd mənşə ölkəsi sadalanır.',
      ],
      columns: {
        direction: 'Siyahı',
        rank: 'Siyahıdakı yeri',
        country: 'Ölkə',
      },
      values: {
        direction: {
          'Destination of emigrants': 'Emiqrantların təyinat ölkəsi',
          'Source of immigrants': 'İmmiqrantların mənşə ölkəsi',
        },
        country: {
          'Russian Federation': 'Rusiya Federasiyası',
          Armenia: 'Ermənistan',
          Ukraine: 'Ukrayna',
          Kazakhstan: 'Qazaxıstan',
          Israel: 'İsrail',
          Germany: 'Almaniya',
          Turkey: 'Türkiyə',
          'United States': 'Amerika Birləşmiş Ştatları',
          Turkmenistan: 'Türkmənistan',
          Georgia: 'Gürcüstan',
        },
      },
    },
  },
});
