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
});
