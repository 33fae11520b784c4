import { defineDataset } from 'report-site/schema';
import { shareColumns, shareRow } from './share-schema.ts';

export const remittanceRuralShare = defineDataset({
  id: 'remittance-rural-share',
  file: 'remittances/rural-share.csv',
  title: 'Share of remittances sent to rural areas of Azerbaijan',
  unit: 'per cent',
  source: 'shahgaldiyev-2016',
  locator: 'section "Remittances", the paragraph before Table 5',
  notes: [
    'The report attributes the figure to unnamed studies ("studies show") and gives no year or base; it is approximate ("around"), as the as_published column keeps.',
  ],
  row: shareRow,
  columns: shareColumns,
  translations: {
    az: {
      title: 'Azərbaycanın kənd yerlərinə göndərilən pul köçürmələrinin payı',
      unit: 'faiz',
      locator: '«Remittances» bölməsi, 5 saylı cədvəldən əvvəlki abzas',
      notes: [
        'Hesabat bu rəqəmi adı çəkilməyən tədqiqatlara aid edir («tədqiqatlar göstərir», "studies show") və nə ili, nə də bazanı göstərir; rəqəm təqribidir («təxminən», "around"), «Hesabatda yazıldığı kimi» sütununda da belə saxlanılıb.',
      ],
      columns: {
        measure: 'Göstərici',
        share_percent: 'Pay (%)',
        as_published: 'Hesabatda yazıldığı kimi',
      },
      values: {
        measure: { 'Remittances sent to rural areas': 'Kənd yerlərinə göndərilən pul köçürmələri' },
      },
      verbatim: ['as_published'],
    },
  },
});
