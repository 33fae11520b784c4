import { defineDataset, cell } from 'report-site/schema';

export const legalForeignersByCategory = defineDataset({
  id: 'legal-foreigners-by-category',
  file: 'legal/foreigners-by-category.csv',
  title: 'Foreigners in Azerbaijan by category, as of 1 April 2011',
  unit: 'persons and per cent of all foreigners',
  source: 'state-migration-service',
  via: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", paragraph after Table 2',
  notes: [
    'Reference date: 1 April 2011. The report gives each category as a share and a count of the 452,475 foreigners.',
    'The remaining foreigners are described only as refugees and asylum seekers, with no count or share; that row is kept with no data rather than filled in by subtraction.',
    'The counts for migrant workers and for relatives are 25 and 18 per cent of the total cut to whole persons, but the count for students (90,945) is 450 more than 20 per cent of the total would give (90,495): perhaps two digits swapped in the source. The count still rounds to 20 per cent, and it is kept as published.',
  ],
  row: {
    category: cell.text(),
    row_type: cell.oneOf(['Total', 'Category']),
    persons: cell.numberOrNull({ min: 0, integer: true }),
    share_percent: cell.numberOrNull({ min: 0, max: 100 }),
  },
  columns: {
    category: 'Category',
    row_type: 'Row type (Total or a category)',
    persons: 'Persons',
    share_percent: 'Share of all foreigners (%)',
  },
  translations: {
    az: {
      title: 'Azərbaycanda əcnəbilər kateqoriyalar üzrə, 1 aprel 2011-ci il tarixinə',
      unit: 'nəfər və bütün əcnəbilərin faizi',
      locator: '«Legal migration» bölməsi, 2 saylı cədvəldən sonrakı abzas',
      notes: [
        'Hesabat tarixi: 1 aprel 2011-ci il. Hesabat hər kateqoriyanı 452.475 əcnəbinin payı və sayı kimi verir.',
        'Qalan əcnəbilər yalnız qaçqınlar və sığınacaq axtaran şəxslər kimi, sayı və payı göstərilmədən təsvir olunur; həmin sətir çıxma yolu ilə doldurulmur, məlumatsız saxlanılır.',
        'Miqrant işçilər və qohumlar üzrə saylar ümumi sayın 25 və 18 faizinin tam nəfərə qədər kəsilmiş qiymətidir, lakin tələbələr üzrə say (90.945) ümumi sayın 20 faizinin verəcəyi rəqəmdən (90.495) 450 nəfər çoxdur: ola bilsin, mənbədə iki rəqəmin yeri dəyişib. Bu say yenə də 20 faizə yuvarlaqlaşır və dərc olunduğu kimi saxlanılır.',
      ],
      columns: {
        category: 'Kateqoriya',
        row_type: 'Sətrin növü (cəmi və ya kateqoriya)',
        persons: 'Nəfər',
        share_percent: 'Bütün əcnəbilər arasında pay (%)',
      },
      values: {
        category: {
          'All foreigners': 'Bütün əcnəbilər',
          'Migrant workers': 'Miqrant işçilər',
          Students: 'Tələbələr',
          'Relatives of Azerbaijani nationals': 'Azərbaycan vətəndaşlarının qohumları',
          'Refugees and asylum seekers (the remainder)': 'Qaçqınlar və sığınacaq axtaran şəxslər (qalanlar)',
        },
        row_type: { Total: 'Cəmi', Category: 'Kateqoriya' },
      },
    },
  },
});
