/**
 * Every dataset of the site. A dataset is a CSV file plus a typed entry beside
 * it (see remittances/flows.ts), kept in one folder per topic; each folder's
 * index.ts lists its entries.
 */
import type { Dataset } from '../src/schemas/dataset.ts';
import { generalDatasets } from './general/index.ts';
import { legalDatasets } from './legal/index.ts';
import { irregularDatasets } from './irregular/index.ts';
import { traffickingDatasets } from './trafficking/index.ts';
import { remittanceDatasets } from './remittances/index.ts';
import { displacementDatasets } from './displacement/index.ts';
import { abroadDatasets } from './abroad/index.ts';
import { dataManagementDatasets } from './data-management/index.ts';
import { timelineDatasets } from './timeline/index.ts';

export const datasets: readonly Dataset[] = [
  ...generalDatasets,
  ...legalDatasets,
  ...irregularDatasets,
  ...traffickingDatasets,
  ...remittanceDatasets,
  ...displacementDatasets,
  ...abroadDatasets,
  ...dataManagementDatasets,
  ...timelineDatasets,
];
