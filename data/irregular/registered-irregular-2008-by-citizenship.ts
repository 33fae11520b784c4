import { defineDataset, cell } from 'report-site/schema';

export const irregularRegistered2008 = defineDataset({
  id: 'irregular-registered-2008-by-citizenship',
  file: 'irregular/registered-irregular-2008-by-citizenship.csv',
  title: 'Foreign nationals registered as illegal migrants in Azerbaijan by the Ministry of Labour and Social Protection of Population at the end of 2008, total and by citizenship',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the passage ends with a reference to Yunusov 2009, pp. 231-232',
  notes: [
    'Reported by the Ministry of Labour and Social Protection of Population at the end of 2008: 6,238 nationals of 79 countries registered as illegals.',
    'Only six citizenships are given. They add up to 5,473, leaving 765 persons of the other 73 countries unaccounted for in the report; no "other" row is added.',
    'The same ministry gave much higher figures for illegal migrants earlier (15,000 in November 2007 and 25,000 at the beginning of 2008): see the dataset irregular-agency-counts-2007-2008.',
  ],
  row: {
    level: cell.oneOf(['Total', 'Citizenship']),
    citizenship: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    level: 'Row type',
    citizenship: 'Citizenship',
    persons: 'Registered illegal migrants (persons)',
  },
  translations: {
    az: {
      title: 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin 2008-ci ilin sonunda Azərbaycanda qanunsuz miqrant kimi qeydə aldığı əcnəbi vətəndaşlar, cəmi və vətəndaşlıq üzrə',
      unit: 'nəfər',
      locator: '«3. Foreign refugees and labour migrants» bölməsi; müvafiq hissə Yunusov 2009, s. 231-232 mənbəyinə istinadla bitir',
      notes: [
        'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin 2008-ci ilin sonunda verdiyi məlumat: 79 ölkənin 6.238 vətəndaşı qanunsuz kimi qeydə alınıb.',
        'Yalnız altı vətəndaşlıq göstərilir. Onların cəmi 5.473 nəfərdir; beləliklə, digər 73 ölkədən olan 765 nəfər hesabatda açıqlanmır; «digər» sətri əlavə edilməyib.',
        'Həmin nazirlik qanunsuz miqrantlar üçün əvvəllər xeyli yüksək rəqəmlər verib (2007-ci ilin noyabrında 15.000 və 2008-ci ilin əvvəlində 25.000): bax irregular-agency-counts-2007-2008 məlumat dəsti.',
      ],
      columns: {
        level: 'Sətrin növü',
        citizenship: 'Vətəndaşlıq',
        persons: 'Qeydə alınmış qanunsuz miqrantlar (nəfər)',
      },
      values: {
        level: {
          'Total': 'Cəmi',
          'Citizenship': 'Vətəndaşlıq',
        },
        citizenship: {
          'Nationals of 79 countries': '79 ölkənin vətəndaşları',
          'Turkey': 'Türkiyə',
          'Georgia': 'Gürcüstan',
          'Russia': 'Rusiya',
          'Iran': 'İran',
          'India': 'Hindistan',
          'China': 'Çin',
        },
      },
    },
  },
});
