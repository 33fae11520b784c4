/** Original sources quoted by the reports on remittances. */
import type { SourceInput } from 'report-site/schema';

export const remittanceSources: SourceInput[] = [
  {
    key: 'world-bank-factbook-2011',
    kind: 'original',
    author: 'World Bank',
    shortAuthor: 'World Bank',
    year: '2011',
    title: 'Migration and Remittances Factbook 2011, 2nd edition',
    translatedTitle: { az: 'Miqrasiya və pul köçürmələri üzrə məlumat toplusu 2011, 2-ci nəşr' },
    publisher: 'World Bank',
  },
  {
    key: 'rustamov-adb-2007',
    kind: 'original',
    author: 'Rustamov, Vagif',
    shortAuthor: 'Rustamov',
    year: '2007',
    title:
      'A study on International Migrants’ Remittances in Central and South Caucasus – Country Report on Remittances of International Migrants and Poverty in Azerbaijan',
    translatedTitle: { az: 'Mərkəzi və Cənubi Qafqazda beynəlxalq miqrantların pul köçürmələrinə dair tədqiqat – Azərbaycanda beynəlxalq miqrantların pul köçürmələri və yoxsulluq haqqında ölkə hesabatı' },
    publisher: 'Asian Development Bank',
  },
];
