import type { Dataset } from '../../src/schemas/dataset.ts';
import { traffickingCrimesByArticle } from './crimes-by-article.ts';
import { traffickingOffendersVictimsTable4 } from './offenders-victims-table4.ts';
import { traffickingVictimsIdentified } from './victims-identified-2009-2010.ts';
import { traffickingVictimAssistance } from './victim-assistance-2009-2010.ts';
import { traffickingVictimsByDestination } from './victims-by-destination.ts';
import { traffickingOfficialCounts } from './official-counts-2006-2012.ts';
import { traffickingVictimAgeRange } from './victim-age-range.ts';
import { traffickingWomenInProstitutionAbroad } from './women-in-prostitution-abroad-1999.ts';
import { traffickingRoutes } from './routes.ts';

export const traffickingDatasets: Dataset[] = [
  traffickingCrimesByArticle,
  traffickingOffendersVictimsTable4,
  traffickingVictimsIdentified,
  traffickingVictimAssistance,
  traffickingVictimsByDestination,
  traffickingOfficialCounts,
  traffickingVictimAgeRange,
  traffickingWomenInProstitutionAbroad,
  traffickingRoutes,
];
