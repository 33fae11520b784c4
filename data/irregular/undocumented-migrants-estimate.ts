import { defineDataset, cell } from 'report-site/schema';

export const irregularUndocumentedEstimate = defineDataset({
  id: 'irregular-undocumented-migrants-estimate',
  file: 'irregular/undocumented-migrants-estimate.csv',
  title: 'Estimated number of undocumented migrants living in Azerbaijan, and how many of them hold work permits (NGO and media estimate quoted in 2016)',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Irregular migration", paragraph after the main intended destination countries; footnotes 12 and 13',
  notes: [
    'A single figure fills "value" only; a range fills "low" and "high" only. The "approximately" and "nearly" of the report are kept in the qualifier column.',
    'The report attributes the estimate to NGO data and information in the mass media; its footnotes point to a 2009 article of the Hafta-ichi news site and to a report of the Citizens\' Labor Rights Protection League (Public Union) whose year is not given, so the report itself is cited as source.',
    'No reference date is given; the cited news article is dated April 2009.',
    'According to the report, the migrants without work permits work illegally.',
  ],
  row: {
    measure: cell.text(),
    estimated_by: cell.text(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    measure: 'What is estimated',
    estimated_by: 'Estimated by',
    value: 'Single figure (persons)',
    low: 'Range: low (persons)',
    high: 'Range: high (persons)',
    qualifier: 'Qualifier in the report',
  },
  translations: {
    az: {
      title: 'Azərbaycanda yaşayan sənədsiz miqrantların təxmini sayı və onlardan neçəsinin iş icazəsi olduğu (2016-cı ildə sitat gətirilən QHT və media qiymətləndirməsi)',
      unit: 'nəfər',
      locator: '«Irregular migration» bölməsi, nəzərdə tutulan əsas təyinat ölkələrindən sonrakı abzas; 12 və 13 saylı haşiyələr',
      notes: [
        'Tək rəqəm yalnız "value" sütununu, interval isə yalnız "low" və "high" sütunlarını doldurur. Hesabatdakı "approximately" (təxminən) və "nearly" (-ə yaxın) sözləri qualifier sütununda saxlanılır.',
        'Hesabat qiymətləndirməni QHT-lərin məlumatlarına və kütləvi informasiya vasitələrindəki məlumatlara aid edir; onun haşiyələri Hafta-ichi xəbər saytının 2009-cu il məqaləsinə və ili göstərilməyən Vətəndaşların Əmək Hüquqlarının Müdafiəsi Liqasının (ictimai birlik) hesabatına istinad edir, buna görə də mənbə kimi hesabatın özü göstərilir.',
        'İstinad tarixi göstərilmir; istinad edilən xəbər məqaləsi 2009-cu ilin aprel ayına aiddir.',
        'Hesabata görə, iş icazəsi olmayan miqrantlar qanunsuz işləyir.',
      ],
      columns: {
        measure: 'Nə qiymətləndirilir',
        estimated_by: 'Qiymətləndirməni verən',
        value: 'Tək rəqəm (nəfər)',
        low: 'İnterval: aşağı hədd (nəfər)',
        high: 'İnterval: yuxarı hədd (nəfər)',
        qualifier: 'Hesabatdakı dəqiqləşdirici söz',
      },
      values: {
        measure: {
          'Undocumented migrants living in Azerbaijan': 'Azərbaycanda yaşayan sənədsiz miqrantlar',
          'Of whom holding work permits': 'Onlardan iş icazəsi olanlar',
        },
        estimated_by: {
          'NGO data and mass media (report of the Citizens\' Labor Rights Protection League)': 'QHT məlumatları və kütləvi informasiya vasitələri (Vətəndaşların Əmək Hüquqlarının Müdafiəsi Liqasının hesabatı)',
        },
        qualifier: {
          'approximately': 'təxminən',
          'nearly': 'az qala',
        },
      },
    },
  },
});
