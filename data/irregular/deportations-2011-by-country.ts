import { defineDataset, cell } from 'report-site/schema';

export const irregularDeportations2011 = defineDataset({
  id: 'irregular-deportations-2011-by-country',
  file: 'irregular/deportations-2011-by-country.csv',
  title: 'Foreigners living illegally in Azerbaijan who were deported in 2011, total and by country of origin',
  unit: 'persons',
  source: 'mia-office-combat-illegal-migration',
  via: 'shahgaldiyev-2016',
  locator: 'section "Irregular migration", list of deported migrants by country of origin',
  notes: [
    'The total (3,023 foreigners deported in 2011) is given in the sentence before the list; the list gives ten countries of origin.',
    'The ten listed countries add up to 2,923, which is 100 fewer than the published total of 3,023. The report does not say whether the list is complete or where the other 100 came from; both figures are kept as published.',
    'The countries are kept in the order of the report, which is not strictly descending (Iran, 50, comes after Georgia, 41; Bangladesh, 25, comes after Israel, 19).',
    'Both extractions of the report (000 and 001) give the same figures.',
  ],
  row: {
    level: cell.oneOf(['Total', 'Country of origin']),
    country: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    level: 'Row type',
    country: 'Country of origin',
    persons: 'Persons deported',
  },
  translations: {
    az: {
      title: 'Azərbaycanda qanunsuz yaşayan və 2011-ci ildə deportasiya edilmiş əcnəbilər, cəmi və mənşə ölkələri üzrə',
      unit: 'nəfər',
      locator: '«Irregular migration» bölməsi, mənşə ölkələri üzrə deportasiya edilmiş miqrantların siyahısı',
      notes: [
        'Ümumi say (2011-ci ildə deportasiya edilmiş 3.023 əcnəbi) siyahıdan əvvəlki cümlədə verilir; siyahıda on mənşə ölkəsi göstərilir.',
        'Siyahıdakı on ölkənin cəmi 2.923 nəfərdir, bu da dərc olunmuş 3.023 yekunundan 100 nəfər azdır. Hesabat siyahının tam olub-olmadığını və qalan 100 nəfərin haradan olduğunu bildirmir; hər iki rəqəm dərc olunduğu kimi saxlanılıb.',
        'Ölkələr hesabatdakı ardıcıllıqla verilir; bu ardıcıllıq ciddi azalan sıra deyil (İran, 50, Gürcüstandan, 41, sonra gəlir; Banqladeş, 25, İsraildən, 19, sonra gəlir).',
        'Hesabatın hər iki mətn variantı (000 və 001) eyni rəqəmləri verir.',
      ],
      columns: {
        level: 'Sətrin növü',
        country: 'Mənşə ölkəsi',
        persons: 'Deportasiya edilmiş şəxslər',
      },
      values: {
        level: {
          'Total': 'Cəmi',
          'Country of origin': 'Mənşə ölkəsi',
        },
        country: {
          'All countries': 'Bütün ölkələr',
          'Turkey': 'Türkiyə',
          'Pakistan': 'Pakistan',
          'China': 'Çin',
          'Turkmenistan': 'Türkmənistan',
          'Russia': 'Rusiya',
          'Georgia': 'Gürcüstan',
          'Iran': 'İran',
          'Uzbekistan': 'Özbəkistan',
          'Israel': 'İsrail',
          'Bangladesh': 'Banqladeş',
        },
      },
    },
  },
});
