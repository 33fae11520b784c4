import type { Dataset } from '../../src/schemas/dataset.ts';
import { displacementAsylumDecisions2007 } from './asylum-decisions-2007.ts';
import { displacementRefugeesIdps2008 } from './refugees-idps-asylum-2008.ts';
import { displacementIdpEstimates } from './idp-estimates.ts';
import { displacementConflictTotals } from './conflict-totals.ts';
import { displacementAzerbaijanisFromGeorgia } from './azerbaijanis-from-georgia.ts';
import { displacementRefugeePopulation2010 } from './refugee-population-2010.ts';
import { displacementAsylumSeekersByOrigin } from './asylum-seekers-by-origin.ts';
import { displacementRefugeesYunusov } from './refugees-yunusov.ts';
import { displacementHousingResettlement } from './housing-resettlement.ts';
import { displacementTotalsCompared } from './totals-compared.ts';

export const displacementDatasets: Dataset[] = [
  displacementAsylumDecisions2007,
  displacementRefugeesIdps2008,
  displacementIdpEstimates,
  displacementConflictTotals,
  displacementAzerbaijanisFromGeorgia,
  displacementRefugeePopulation2010,
  displacementAsylumSeekersByOrigin,
  displacementRefugeesYunusov,
  displacementHousingResettlement,
  displacementTotalsCompared,
];
