import { defineDataset } from 'report-site/schema';
import { comparisonColumns, comparisonColumnsAz, comparisonRow } from '../displacement/comparison-schema.ts';

export const irregularRegisteredForeigners2007 = defineDataset({
  id: 'irregular-registered-foreigners-2007',
  file: 'irregular/registered-foreigners-2007.csv',
  title: 'Foreigners registered in Azerbaijan in 2007: three official counts compared',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the passage ends with a reference to Yunusov 2009, pp. 231-232',
  notes: [
    'A comparison table of three rows of the dataset irregular-agency-counts-2007-2008: the counts of registered foreigners for 2007. The report gives them as an example of contradictory statistics and does not reconcile them; they are kept as published.',
  ],
  row: comparisonRow(['yunusov-2013']),
  columns: comparisonColumns,
  translations: {
    az: {
      title: '2007-ci ildə Azərbaycanda qeydə alınmış əcnəbilər: üç rəsmi say müqayisədə',
      unit: 'nəfər',
      locator: '«3. Foreign refugees and labour migrants» bölməsi; hissə Yunusov 2009, s. 231-232 mənbəyinə istinadla bitir',
      notes: [
        'irregular-agency-counts-2007-2008 məlumat dəstinin üç sətrindən ibarət müqayisə cədvəli: 2007-ci il üzrə qeydə alınmış əcnəbilərin sayları. Hesabat onları ziddiyyətli statistikaya nümunə kimi verir və uzlaşdırmır; onlar dərc edildiyi kimi saxlanılır.',
      ],
      columns: comparisonColumnsAz,
      values: {
        population: {
          'Foreign nationals registered; the Ministry adds that not all of them register and that the real number is much higher':
            'Qeydə alınmış əcnəbilər; nazirlik əlavə edir ki, onların hamısı qeydiyyatdan keçmir və real say xeyli çoxdur',
          'Foreigners registered, 3,820 of them permanently residing': 'Qeydə alınmış əcnəbilər, onlardan 3.820-si daimi yaşayan',
          'Temporarily residing foreign nationals registered, 15,000 of them irregular migrants':
            'Qeydə alınmış müvəqqəti yaşayan əcnəbilər, onlardan 15.000-i qeyri-qanuni miqrant',
        },
        reference_date: { '2007': '2007', 'November 2007': 'noyabr 2007' },
        produced_by: {
          'Ministry of the Interior, one statement': 'Daxili İşlər Nazirliyi, bir açıqlama',
          'Ministry of the Interior, another press release': 'Daxili İşlər Nazirliyi, başqa mətbuat açıqlaması',
          'Ministry of Labour and Social Protection of Population': 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
        },
      },
      verbatim: ['source', 'locator'],
    },
  },
});
