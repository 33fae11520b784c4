/**
 * Every dataset of the site. A dataset is a CSV file in this folder plus a
 * typed entry beside it (see remittance-flows.ts); list the entry here.
 */
import type { Dataset } from '../src/schemas/dataset.ts';
import { remittanceFlows } from './remittance-flows.ts';
import { remittanceInflowsBop } from './remittance-inflows-bop.ts';
import { remittanceUsesChannels } from './remittance-uses-channels.ts';

export const datasets: readonly Dataset[] = [remittanceFlows, remittanceInflowsBop, remittanceUsesChannels];
