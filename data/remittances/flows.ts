import { defineDataset, cell } from 'report-site/schema';

export const remittanceFlows = defineDataset({
  id: 'remittance-flows',
  file: 'remittances/flows.csv',
  title: 'Inward and outward remittance flows of Azerbaijan and their components, 2003–2010',
  unit: 'US$ millions',
  source: 'world-bank-factbook-2011',
  via: 'shahgaldiyev-2016',
  locator: 'Table 5; the report cites the Factbook, p. 65',
  notes: [
    'The components ("of which") of the 2010 inward flow and all of the 2010 outward flow are blank ("-") in the source; they are kept as no data.',
    'The components do not always add up to the total, by 1 (e.g. inward 2004: 191 + 12 + 24 = 227 against a total of 228), presumably from rounding in the source; the figures are kept as published.',
    'Flows recorded in the balance of payments; remittances sent through informal channels are not included.',
  ],
  row: {
    year: cell.year(),
    flow: cell.oneOf(['Inward', 'Outward']),
    component: cell.oneOf(['Total', "Workers' remittances", 'Compensation of employees', "Migrants' transfers"]),
    usd_millions: cell.numberOrNull({ min: 0 }),
  },
  columns: {
    year: 'Year',
    flow: 'Flow',
    component: 'Component',
    usd_millions: 'US$ millions',
  },
  translations: {
    az: {
      title: 'Azərbaycana daxil olan və xaricə göndərilən pul köçürmələri axınları və onların tərkib hissələri, 2003–2010',
      unit: 'mln ABŞ dolları',
      locator: '5 saylı cədvəl; hesabat Factbook-a istinad edir, s. 65',
      notes: [
        'Mənbədə 2010-cu il üzrə daxil olan axının tərkib hissələri («o cümlədən», "of which") və xaricə göndərilən axının bütün göstəriciləri boşdur ("-"); onlar burada məlumat yoxdur kimi saxlanılıb.',
        'Tərkib hissələrinin cəmi həmişə yekuna bərabər olmur, fərq 1 təşkil edir (məsələn, 2004-cü ildə daxil olan axın: 191 + 12 + 24 = 227, yekun isə 228), ehtimal ki, mənbədəki yuvarlaqlaşdırma səbəbindən; rəqəmlər dərc olunduğu kimi saxlanılıb.',
        'Tədiyə balansında qeydə alınmış axınlar; qeyri-rəsmi kanallarla göndərilən pul köçürmələri daxil edilməyib.',
      ],
      columns: {
        year: 'İl',
        flow: 'Axın',
        component: 'Tərkib hissəsi',
        usd_millions: 'mln ABŞ dolları',
      },
      values: {
        flow: { Inward: 'Daxil olan', Outward: 'Xaricə göndərilən' },
        component: {
          Total: 'Cəmi',
          "Workers' remittances": 'İşçilərin pul köçürmələri',
          'Compensation of employees': 'Muzdlu işçilərin əməyinin ödənilməsi',
          "Migrants' transfers": 'Miqrantların transfertləri',
        },
      },
    },
  },
});
