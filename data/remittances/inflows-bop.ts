import { defineDataset, cell } from 'report-site/schema';

export const remittanceInflowsBop = defineDataset({
  id: 'remittance-inflows-bop',
  file: 'remittances/inflows-bop.csv',
  title: 'Total remittance inflows recorded in the balance of payments, 1997 and 2010',
  unit: 'US$ millions',
  source: 'world-bank-factbook-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "Remittances"; the report cites the Factbook, p. 26',
  notes: [
    'The report gives the 2010 total as "1,5 billion dollars"; it is stored here as 1,500 US$ millions, the same amount in the unit of this table, so the value (and the chart label 1,500) is no more precise than the rounded figure of the report. The column as_published keeps the wording of the source.',
    'Table 5 of the same report gives 1,472 US$ millions for 2010 inward flows; the 1.5 billion here is the figure the text gives, presumably a rounding of it; the report does not say.',
    'According to the report, remittance inflows have been registered in the balance of payments since 1995.',
  ],
  row: {
    year: cell.year(),
    usd_millions: cell.number({ min: 0 }),
    as_published: cell.text(),
  },
  columns: {
    year: 'Year',
    usd_millions: 'US$ millions',
    as_published: 'As written in the report',
  },
  translations: {
    az: {
      title: 'Tədiyə balansında qeydə alınmış daxil olan pul köçürmələrinin cəmi, 1997 və 2010',
      unit: 'mln ABŞ dolları',
      locator: '«Remittances» bölməsi; hesabat Factbook-a istinad edir, s. 26',
      notes: [
        'Hesabatda 2010-cu il üzrə yekun "1,5 billion dollars" («1,5 milyard dollar») kimi verilir; burada o, bu cədvəlin vahidində eyni məbləğ olan 1.500 mln ABŞ dolları kimi saxlanılıb, buna görə də bu qiymət (və qrafikdəki 1.500 yazısı) hesabatdakı yuvarlaqlaşdırılmış rəqəmdən daha dəqiq deyil. «Hesabatın ifadəsi» sütunu mənbənin ifadəsini Azərbaycan dilində verir; ingiliscə yazılışı CSV faylındadır.',
        'Həmin hesabatın 5 saylı cədvəlində 2010-cu il üzrə daxil olan axınlar 1.472 mln ABŞ dolları kimi göstərilir; buradakı 1,5 milyard mətndə verilən rəqəmdir və ehtimal ki, onun yuvarlaqlaşdırılmasıdır; hesabat bunu açıqlamır.',
        'Hesabata görə, daxil olan pul köçürmələri tədiyə balansında 1995-ci ildən qeydə alınır.',
      ],
      columns: {
        year: 'İl',
        usd_millions: 'mln ABŞ dolları',
        as_published: 'Hesabatın ifadəsi',
      },
      // The chart's tooltips: the report's words, in Azerbaijani.
      values: {
        as_published: { '38.2 million US$': '38,2 milyon ABŞ dolları', '1,5 billion dollars': '1,5 milyard dollar' },
      },
    },
  },
});
