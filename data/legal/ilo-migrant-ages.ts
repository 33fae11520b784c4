import { defineDataset, cell } from 'report-site/schema';

export const legalIloMigrantAges = defineDataset({
  id: 'legal-ilo-migrant-ages',
  file: 'legal/ilo-migrant-ages.csv',
  title: 'Age group of migrant workers leaving Azerbaijan, by sex (ILO)',
  unit: 'years of age',
  source: 'ilo-trade-union-conference-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", the sentence after the list of motivations',
  notes: [
    'The report says only "according to the ILO" here, with no footnote; the ILO source named is the one its footnote 6 gives for the list of motivations just before.',
    'Age ranges, kept as ranges (lowest and highest age of the group), as the report gives them: 20-35 for men and 20-30 for women.',
  ],
  row: {
    sex: cell.oneOf(['Men', 'Women']),
    age_low: cell.number({ integer: true, min: 0 }),
    age_high: cell.number({ integer: true, min: 0 }),
  },
  columns: {
    sex: 'Sex',
    age_low: 'Age from (years)',
    age_high: 'Age to (years)',
  },
  translations: {
    az: {
      title: 'Azərbaycanı tərk edən miqrant işçilərin yaş qrupu, cinsə görə (BƏT)',
      unit: 'yaş (il)',
      locator: '«Legal migration» bölməsi, motivlər siyahısından sonrakı cümlə',
      notes: [
        'Hesabat burada qeyd vermədən yalnız «BƏT-in məlumatına görə» deyir; göstərilən BƏT mənbəyi hesabatın bundan əvvəlki motivasiyalar siyahısı üçün 6 saylı qeyddə verdiyi mənbədir.',
        'Yaş aralıqları hesabatda verildiyi kimi aralıq şəklində saxlanılır (qrupun ən aşağı və ən yuxarı yaşı): kişilər üçün 20–35, qadınlar üçün 20–30.',
      ],
      columns: {
        sex: 'Cins',
        age_low: 'Yaş, aşağı hədd (il)',
        age_high: 'Yaş, yuxarı hədd (il)',
      },
      values: {
        sex: { Men: 'Kişilər', Women: 'Qadınlar' },
      },
    },
  },
});
