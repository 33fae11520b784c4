import { defineDataset, cell } from 'report-site/schema';

export const traffickingOfficialCounts = defineDataset({
  id: 'trafficking-official-counts-2006-2012',
  file: 'trafficking/official-counts-2006-2012.csv',
  title: 'Counts of trafficking victims and convicted traffickers in Azerbaijan reported by the Ministry of Internal Affairs and NGOs, 2006–2012',
  unit: 'persons',
  source: 'rumyansev-2013',
  locator: 'pp. 2-3 (footnotes 6, 9, 11 and 12)',
  notes: [
    'The figures reach the report through different channels, named in the column reported_by: the Azerbaijan Migration Center annual report for 2010 (p. 5), press reports of statements of the Ministry of Internal Affairs (the seven-year summary was released in December 2012), and an NGO estimate quoted from Arif Yunusov; the dataset is cited to the report itself for that reason.',
    'The 473 victims: the report says the statistics were summed up for the past seven years (2006-2012) but that 473 persons fell victim "during the previous six years"; the exact period is therefore unclear and the row is labelled 2006-2012 as the report frames it.',
    'The report stresses that in 2010 more persons were convicted (39) than victims were found (34). Table 4 of Shahgaldiyev 2016 (dataset trafficking-offenders-victims-table4) has the same two figures but calls the 39 human traffickers registered under article 144-1 rather than convicted persons; the US TIP Report 2011, quoted by Shahgaldiyev, gives three categories of 2010 victims that together come to 3 more than 34 (dataset trafficking-victims-identified-2009-2010).',
    'The NGO estimate of up to 1,000 females trafficked each year is an upper bound with no reference year; "up to" is kept in the qualifier column.',
    'According to the report, virtually all trafficking cases of the period summed up in December 2012 concerned sexual exploitation; as for the 473 victims, the report does not make clear whether six or seven years are meant.',
  ],
  row: {
    period: cell.text(),
    measure: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    reported_by: cell.text(),
  },
  columns: {
    period: 'Period',
    measure: 'Measure',
    persons: 'Persons',
    qualifier: 'Qualifier',
    reported_by: 'Reported by',
  },
  translations: {
    az: {
      title: 'Azərbaycanda Daxili İşlər Nazirliyinin və QHT-lərin bildirdiyi insan alveri qurbanlarının və məhkum edilmiş insan alverçilərinin sayları, 2006–2012',
      unit: 'nəfər',
      locator: 's. 2-3 (6, 9, 11 və 12 saylı haşiyələr)',
      notes: [
        'Rəqəmlər hesabata müxtəlif kanallarla çatır və bu kanallar «Kim bildirib» sütununda göstərilir: Azərbaycan Miqrasiya Mərkəzinin 2010-cu il üzrə illik hesabatı (səh. 5), Daxili İşlər Nazirliyinin açıqlamaları barədə mətbuat xəbərləri (yeddi illik yekun 2012-ci ilin dekabrında açıqlanıb) və Arif Yunusova istinadən verilən QHT qiymətləndirməsi; buna görə məlumat dəsti hesabatın özünə istinadla verilir.',
        '473 qurban: hesabatda deyilir ki, statistika son yeddi il (2006–2012) üzrə yekunlaşdırılıb, lakin 473 nəfər «əvvəlki altı il ərzində» ("during the previous six years") qurban olub; buna görə dəqiq dövr aydın deyil və sətir hesabatın təqdim etdiyi kimi 2006–2012 kimi işarələnib.',
        'Hesabat vurğulayır ki, 2010-cu ildə məhkum edilən şəxslərin sayı (39) aşkar edilmiş qurbanların sayından (34) çox olub. Shahgaldiyev 2016-nın 4-cü cədvəlində (trafficking-offenders-victims-table4 məlumat dəsti) eyni iki rəqəm var, lakin orada 39 nəfər məhkum edilmiş şəxslər deyil, 144-1-ci maddə üzrə qeydə alınmış insan alverçiləri adlandırılır; Shahgaldiyevin sitat gətirdiyi ABŞ-ın 2011-ci il Trafficking in Persons Report sənədi isə 2010-cu il qurbanlarını üç kateqoriyada verir və onların cəmi 34-dən 3 çoxdur (trafficking-victims-identified-2009-2010 məlumat dəsti).',
        'QHT-lərin hər il insan alverinə məruz qalan 1.000-ə qədər qadın və qız barədə qiymətləndirməsi istinad ili olmayan yuxarı həddir; «ən çoxu» ("up to") ifadəsi «Qeyd-şərt» sütununda saxlanılıb.',
        'Hesabata görə, 2012-ci ilin dekabrında yekunlaşdırılmış dövrün demək olar ki, bütün insan alveri halları cinsi istismarla bağlı olub; 473 qurbanda olduğu kimi, hesabatda altı, yoxsa yeddi ilin nəzərdə tutulduğu aydınlaşdırılmır.',
      ],
      columns: {
        period: 'Dövr',
        measure: 'Göstərici',
        persons: 'Nəfər',
        qualifier: 'Qeyd-şərt',
        reported_by: 'Kim bildirib',
      },
      values: {
        period: { '2010': '2010', '2006-2012': '2006–2012', '2012': '2012', 'per year (undated)': 'hər il (tarixsiz)' },
        measure: {
          'Persons convicted of trafficking': 'İnsan alverinə görə məhkum edilmiş şəxslər',
          'Victims of trafficking discovered': 'Aşkar edilmiş insan alveri qurbanları',
          'Victims who had not finished school': 'Məktəbi bitirməmiş qurbanlar',
          'Victims of trafficking': 'İnsan alveri qurbanları',
          'Victims of trafficking referred to support centres': 'Dəstək mərkəzlərinə yönləndirilmiş insan alveri qurbanları',
          'Females trafficked from Azerbaijan by fraudulent means': 'Aldatma yolu ilə Azərbaycandan aparılan qadın və qızlar',
        },
        qualifier: {
          '"during the previous six years" (see notes)': '«əvvəlki altı il ərzində» (qeydlərə bax)',
          'up to': 'ən çoxu',
        },
        reported_by: {
          'Ministry of Internal Affairs, via the Azerbaijan Migration Center annual report for 2010':
            'Daxili İşlər Nazirliyi, Azərbaycan Miqrasiya Mərkəzinin 2010-cu il üzrə illik hesabatı vasitəsilə',
          'Ministry of Internal Affairs (Deputy Minister Vilayat Eyvazov), via press reports (trend.az, day.az)':
            'Daxili İşlər Nazirliyi (nazir müavini Vilayət Eyvazov), mətbuat xəbərləri vasitəsilə (trend.az, day.az)',
          'Ministry of Internal Affairs, via a trend.az news report': 'Daxili İşlər Nazirliyi, trend.az saytının xəbəri vasitəsilə',
          'Estimates of non-governmental organisations, as quoted by Arif Yunusov':
            'Qeyri-hökumət təşkilatlarının qiymətləndirmələri, Arif Yunusovun sitat gətirdiyi kimi',
        },
      },
    },
  },
});
