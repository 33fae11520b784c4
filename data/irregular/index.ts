import type { Dataset } from '../../src/schemas/dataset.ts';
import { irregularDeportations2011 } from './deportations-2011-by-country.ts';
import { irregularBorderViolators2009 } from './border-violators-2009-by-country.ts';
import { irregularUndocumentedEstimate } from './undocumented-migrants-estimate.ts';
import { irregularRegistered2008 } from './registered-irregular-2008-by-citizenship.ts';
import { irregularAgencyCounts } from './agency-counts-2007-2008.ts';
import { irregularDetentions2007 } from './detentions-removals-2007.ts';
import { irregularEstimatesYunusov } from './migrant-estimates-yunusov.ts';
import { irregularAzerbaijanisAbroad } from './azerbaijanis-abroad.ts';
import { irregularTransitRoutes } from './transit-routes.ts';

export const irregularDatasets: Dataset[] = [
  irregularDeportations2011,
  irregularBorderViolators2009,
  irregularUndocumentedEstimate,
  irregularRegistered2008,
  irregularAgencyCounts,
  irregularDetentions2007,
  irregularEstimatesYunusov,
  irregularAzerbaijanisAbroad,
  irregularTransitRoutes,
];
