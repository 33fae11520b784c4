import { defineDataset, cell } from 'report-site/schema';

export const traffickingVictimsByDestination = defineDataset({
  id: 'trafficking-victims-by-destination',
  file: 'trafficking/victims-by-destination.csv',
  title: 'Trafficking victims from Azerbaijan by country of destination, 2010 and 2012',
  unit: 'persons',
  source: 'rumyansev-2013',
  locator: 'pp. 2-3, paragraphs on official statistics (footnotes 9 and 12)',
  notes: [
    'Official figures of the Ministry of Internal Affairs, reaching the report through two different channels: the 2010 figures through the Azerbaijan Migration Center annual report for 2010 (p. 5, footnote 9), the 2012 figures through a trend.az news report on the Ministry (footnote 12). The column reported_by says which; the dataset is cited to the report itself because its two years have different original sources.',
    'The report warns that the accuracy of these official statistics cannot be evaluated.',
    'In 2010 the four destinations add up to the 34 victims found that year (dataset trafficking-official-counts-2006-2012). "Other countries" includes Russia, which is not given separately for 2010.',
    'In 2012 the four countries add up to 47, far fewer than the 89 victims referred to support centres that year: the report gives no destination for the remaining 42.',
    'Countries are in the order of the report for each year.',
  ],
  row: {
    year: cell.year(),
    destination: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    reported_by: cell.text(),
  },
  columns: {
    year: 'Year',
    destination: 'Country of destination',
    persons: 'Victims (persons)',
    reported_by: 'Reported by',
  },
  translations: {
    az: {
      title: 'Azərbaycandan olan insan alveri qurbanları təyinat ölkələri üzrə, 2010 və 2012',
      unit: 'nəfər',
      locator: 's. 2-3, rəsmi statistikaya dair abzaslar (9 və 12 saylı haşiyələr)',
      notes: [
        'Daxili İşlər Nazirliyinin rəsmi rəqəmləri hesabata iki müxtəlif kanalla çatır: 2010-cu il rəqəmləri Azərbaycan Miqrasiya Mərkəzinin 2010-cu il üzrə illik hesabatı vasitəsilə (səh. 5, 9-cu səhifəaltı qeyd), 2012-ci il rəqəmləri trend.az saytının Nazirlik barədə xəbəri vasitəsilə (12-ci səhifəaltı qeyd). Hansı kanal olduğunu «Kim bildirib» sütunu göstərir; iki ilin ilkin mənbələri fərqli olduğundan məlumat dəsti hesabatın özünə istinadla verilir.',
        'Hesabatda xəbərdarlıq edilir ki, bu rəsmi statistikanın dəqiqliyini qiymətləndirmək mümkün deyil.',
        '2010-cu ildə dörd təyinat üzrə rəqəmlərin cəmi həmin il aşkar edilmiş 34 qurbana bərabərdir (trafficking-official-counts-2006-2012 məlumat dəsti). «Digər ölkələr» Rusiyanı da əhatə edir; 2010-cu il üçün Rusiya ayrıca göstərilmir.',
        '2012-ci ildə dörd ölkə üzrə rəqəmlərin cəmi 47-dir; bu, həmin il dəstək mərkəzlərinə yönləndirilmiş 89 qurbandan xeyli azdır: hesabatda qalan 42 nəfər üçün təyinat ölkəsi göstərilmir.',
        'Ölkələr hər il üzrə hesabatdakı ardıcıllıqla verilib.',
      ],
      columns: {
        year: 'İl',
        destination: 'Təyinat ölkəsi',
        persons: 'Qurbanlar (nəfər)',
        reported_by: 'Kim bildirib',
      },
      values: {
        destination: {
          Turkey: 'Türkiyə',
          'United Arab Emirates': 'Birləşmiş Ərəb Əmirlikləri',
          Iran: 'İran',
          'Other countries, including Russia': 'Digər ölkələr, o cümlədən Rusiya',
          Russia: 'Rusiya',
        },
        reported_by: {
          'Ministry of Internal Affairs, via the Azerbaijan Migration Center annual report for 2010':
            'Daxili İşlər Nazirliyi, Azərbaycan Miqrasiya Mərkəzinin 2010-cu il üzrə illik hesabatı vasitəsilə',
          'Ministry of Internal Affairs, via a trend.az news report': 'Daxili İşlər Nazirliyi, trend.az saytının xəbəri vasitəsilə',
        },
      },
    },
  },
});
