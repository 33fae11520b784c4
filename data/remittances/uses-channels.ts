import { defineDataset } from 'report-site/schema';
import { shareColumns, shareRow } from './share-schema.ts';

export const remittanceUsesChannels = defineDataset({
  id: 'remittance-uses-channels',
  file: 'remittances/uses-channels.csv',
  title: 'How remittances reaching Azerbaijan are used and sent: shares reported by the 2007 Asian Development Bank study',
  unit: 'per cent',
  source: 'rustamov-adb-2007',
  via: 'shahgaldiyev-2016',
  locator: 'section "Remittances", after Table 5',
  notes: [
    'Each share has its own base: the first two are shares of the remittances received, the third a share of the transfers made. They do not add up and are not meant to.',
    '"Less than half a per cent" is an upper bound; it is drawn at 0.5 and labelled with the wording of the source.',
    '"A third" is drawn at 33.3 and labelled with the wording of the source.',
  ],
  row: shareRow,
  columns: shareColumns,
  translations: {
    az: {
      title: 'Azərbaycana daxil olan pul köçürmələrinin istifadəsi və göndərilmə yolları: Asiya İnkişaf Bankının 2007-ci il tədqiqatında verilən paylar',
      unit: 'faiz',
      locator: '«Remittances» bölməsi, 5 saylı cədvəldən sonra',
      notes: [
        'Hər payın öz bazası var: ilk ikisi alınan pul köçürmələrinin, üçüncüsü isə həyata keçirilmiş köçürmələrin payıdır. Onlar cəmlənmir və cəmlənməli də deyil.',
        '«Yarım faizdən az» ("Less than half a per cent") yuxarı həddir; qrafikdə 0,5 səviyyəsində göstərilir və mənbənin ifadəsi ilə işarələnir.',
        '«Üçdə bir» ("A third") qrafikdə 33,3 səviyyəsində göstərilir və mənbənin ifadəsi ilə işarələnir.',
      ],
      columns: {
        measure: 'Göstərici',
        share_percent: 'Pay (%)',
        as_published: 'Hesabatın ifadəsi',
      },
      values: {
        // The chart's labels: the report's words, in Azerbaijani.
        as_published: {
          '77 per cent': '77 faiz',
          'less than half a per cent': 'yarım faizdən az',
          'a third': 'üçdə bir',
        },
        measure: {
          'Used for basic household expenses': 'Ev təsərrüfatının əsas xərclərinə yönəldilən',
          'Used for business investment': 'Biznesə investisiyaya yönəldilən',
          'Sent through official channels': 'Rəsmi kanallarla göndərilən',
        },
      },
    },
  },
});
