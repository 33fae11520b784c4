import { remittanceFlows } from './flows.ts';
import { remittanceInflowsBop } from './inflows-bop.ts';
import { remittanceUsesChannels } from './uses-channels.ts';
import { remittanceRuralShare } from './rural-share.ts';

export const remittanceDatasets = [remittanceFlows, remittanceInflowsBop, remittanceUsesChannels, remittanceRuralShare];
