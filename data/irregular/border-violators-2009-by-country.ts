import { defineDataset, cell } from 'report-site/schema';

export const irregularBorderViolators2009 = defineDataset({
  id: 'irregular-border-violators-2009-by-country',
  file: 'irregular/border-violators-2009-by-country.csv',
  title: 'Border violators in Azerbaijan by country of origin, 2009',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Irregular migration", list "Violators by country of origin (2009)", after Figure 1',
  notes: [
    'The report lists five countries of origin and gives no total for 2009; no total is stored and none should be derived from the list, since the report does not say whether the five countries are all of them.',
    'The report names no original source for this list.',
    'Figure 1 of the report ("Border violations trend", border violations including by Azerbaijanis) is an image: its yearly values are not in the text and are not transcribed here. The report only says that the chart shows a sharp fall in 2003, which some experts link to the State Border Service set up in July 2002.',
  ],
  row: {
    country: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    country: 'Country of origin',
    persons: 'Border violators (persons)',
  },
  translations: {
    az: {
      title: 'Azərbaycanda mənşə ölkələri üzrə sərhəd pozucuları, 2009',
      unit: 'nəfər',
      locator: '«Irregular migration» bölməsi, 1 saylı şəkildən sonrakı «Violators by country of origin (2009)» siyahısı',
      notes: [
        'Hesabat beş mənşə ölkəsini sadalayır və 2009-cu il üçün ümumi say vermir; ümumi say saxlanılmır və siyahıdan hesablanmamalıdır, çünki hesabat bu beş ölkənin hamısı olub-olmadığını bildirmir.',
        'Hesabat bu siyahı üçün ilkin mənbə göstərmir.',
        'Hesabatın 1-ci şəkli ("Border violations trend" — «Sərhəd pozuntularının dinamikası»; o cümlədən azərbaycanlıların törətdiyi sərhəd pozuntuları) təsvir şəklindədir: onun illik göstəriciləri mətndə yoxdur və burada köçürülməyib. Hesabat yalnız bildirir ki, diaqramda 2003-cü ildə kəskin azalma görünür və bəzi ekspertlər bunu 2002-ci ilin iyulunda yaradılmış Dövlət Sərhəd Xidməti ilə əlaqələndirirlər.',
      ],
      columns: {
        country: 'Mənşə ölkəsi',
        persons: 'Sərhəd pozucuları (nəfər)',
      },
      values: {
        country: {
          'Iran': 'İran',
          'Turkey': 'Türkiyə',
          'Georgia': 'Gürcüstan',
          'Russian Federation': 'Rusiya Federasiyası',
          'Pakistan': 'Pakistan',
        },
      },
    },
  },
});
