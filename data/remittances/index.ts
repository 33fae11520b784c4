import { remittanceFlows } from './flows.ts';
import { remittanceInflowsBop } from './inflows-bop.ts';
import { remittanceUsesChannels } from './uses-channels.ts';

export const remittanceDatasets = [remittanceFlows, remittanceInflowsBop, remittanceUsesChannels];
