import { defineDataset, cell } from 'report-site/schema';

export const abroadMigrantAgeRanges = defineDataset({
  id: 'abroad-migrant-age-ranges',
  file: 'abroad/migrant-age-ranges.csv',
  title: 'Age ranges of Azerbaijani migrants going to Russia and of young women invited to Western Europe',
  unit: 'years of age',
  source: 'yunusov-2013',
  locator: 'sections "1. Russia and CIS countries" and "2. Integration problems of Azerbaijani migrants in Western countries"',
  notes: [
    'Descriptions by the author, not survey counts: as a rule men aged 20-35 go to work in Russia; people aged 36-50 or 16-19 go much less often. The frequency column keeps this wording.',
    'Women aged 20-30 are invited to Western Europe on tourist visas and, according to the report, work there as prostitutes among Azerbaijani migrants before returning.',
    'Shahgaldiyev 2016 gives similar ILO age groups for migrant workers leaving Azerbaijan (20-35 for men, 20-30 for women); they are in the legal-migration data (ilo-migrant-ages).',
  ],
  row: {
    group: cell.text(),
    age_from: cell.number({ min: 0, integer: true }),
    age_to: cell.number({ min: 0, integer: true }),
    frequency: cell.textOrNull(),
  },
  columns: {
    group: 'Group',
    age_from: 'From age',
    age_to: 'To age',
    frequency: 'How common',
  },
  translations: {
    az: {
      title: 'Rusiyaya gedən azərbaycanlı miqrantların və Qərbi Avropaya dəvət olunan gənc qadınların yaş intervalları',
      unit: 'yaş',
      locator: '«1. Russia and CIS countries» və «2. Integration problems of Azerbaijani migrants in Western countries» bölmələri',
      notes: [
        'Sorğu nəticələri deyil, müəllifin təsvirləridir: bir qayda olaraq, Rusiyaya işləməyə 20–35 yaşlı kişilər gedir; 36–50 və ya 16–19 yaşlı şəxslər xeyli az gedir. Tezlik sütunu bu ifadələri saxlayır.',
        '20–30 yaşlı qadınlar Qərbi Avropaya turist vizası ilə dəvət olunur və hesabata görə, qayıtmazdan əvvəl orada azərbaycanlı miqrantlar arasında fahişəliklə məşğul olurlar.',
        'Shahgaldiyev 2016 Azərbaycandan gedən miqrant işçilər üçün BƏT-in oxşar yaş qruplarını verir (kişilər üçün 20–35, qadınlar üçün 20–30); onlar qanuni miqrasiya verilənlərindədir (ilo-migrant-ages).',
      ],
      columns: {
        group: 'Qrup',
        age_from: 'Yaşdan',
        age_to: 'Yaşadək',
        frequency: 'Tezlik',
      },
      values: {
        group: {
          'Labour migrants going to Russia, mostly men': 'Rusiyaya gedən əmək miqrantları, əsasən kişilər',
          'Labour migrants going to Russia': 'Rusiyaya gedən əmək miqrantları',
          'Young Azerbaijani women invited to Western Europe on tourist visas': 'Qərbi Avropaya turist vizası ilə dəvət olunan gənc azərbaycanlı qadınlar',
        },
        frequency: { 'as a rule': 'bir qayda olaraq', 'much less frequent': 'xeyli az hallarda' },
      },
    },
  },
});
