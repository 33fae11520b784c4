import { defineDataset, cell } from 'report-site/schema';

export const displacementRefugeePopulation2010 = defineDataset({
  id: 'displacement-refugee-population-2010',
  file: 'displacement/refugee-population-2010.csv',
  title: 'Refugee population of Azerbaijan by country of origin and by country of asylum, 2010 (World Bank figures quoted by Shahgaldiyev)',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Refugees and asylum seekers", paragraphs introducing the two refugee charts',
  notes: [
    'The report attributes both figures to "a World Bank report released in 2011" without naming it, so the report itself is cited as source.',
    'The report does not define the two indicators. As their names suggest, "by country of origin" counts refugees who come from Azerbaijan and "by country of asylum" counts refugees hosted by Azerbaijan.',
    'Each figure introduces a chart that is an image in the report; the yearly values of those charts are not in the text and are not transcribed here.',
  ],
  row: {
    indicator: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    as_published: cell.text(),
  },
  columns: {
    indicator: 'Indicator',
    persons: 'Persons (2010)',
    as_published: 'As written in the report',
  },
  translations: {
    az: {
      title: 'Azərbaycanın qaçqın əhalisi mənşə ölkəsi və sığınacaq ölkəsi üzrə, 2010 (Shahgaldiyevin sitat gətirdiyi Dünya Bankı rəqəmləri)',
      unit: 'nəfər',
      locator: '«Refugees and asylum seekers» bölməsi, qaçqınlara dair iki diaqramı təqdim edən abzaslar',
      notes: [
        'Hesabat hər iki rəqəmi adını çəkmədən «2011-ci ildə dərc olunmuş Dünya Bankı hesabatına» ("a World Bank report released in 2011") aid edir, buna görə mənbə kimi hesabatın özü göstərilir.',
        'Hesabat bu iki göstəricini izah etmir. Adlarından göründüyü kimi, «mənşə ölkəsi üzrə» göstərici Azərbaycandan çıxmış qaçqınları, «sığınacaq ölkəsi üzrə» göstərici isə Azərbaycanın qəbul etdiyi qaçqınları hesablayır.',
        'Hər rəqəmdən sonra hesabatda şəkil kimi verilmiş qrafik gəlir; bu qrafiklərin illik qiymətləri mətndə yoxdur və burada köçürülməyib.',
      ],
      columns: {
        indicator: 'Göstərici',
        persons: 'Nəfər (2010)',
        as_published: 'Hesabatda yazıldığı kimi',
      },
      values: {
        indicator: {
          'Refugee population by country or territory of origin': 'Mənşə ölkəsi və ya ərazisi üzrə qaçqın əhalisi',
          'Refugee population by country or territory of asylum': 'Sığınacaq ölkəsi və ya ərazisi üzrə qaçqın əhalisi',
        },
      },
      verbatim: ['as_published'],
    },
  },
});
