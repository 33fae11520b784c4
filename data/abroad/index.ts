import type { Dataset } from '../../src/schemas/dataset.ts';
import { abroadByRegion } from './by-region.ts';
import { abroadMoscowSurvey2002 } from './moscow-survey-2002.ts';
import { abroadMoscowSurvey2005Identities } from './moscow-survey-2005-identities.ts';
import { abroadCitizenshipIntentions } from './citizenship-intentions-by-city.ts';
import { abroadMigrantAgeRanges } from './migrant-age-ranges.ts';
import { abroadMigrationCostsRussia } from './migration-costs-russia.ts';
import { abroadOtherFigures } from './other-figures.ts';

export const abroadDatasets: Dataset[] = [
  abroadByRegion,
  abroadMoscowSurvey2002,
  abroadMoscowSurvey2005Identities,
  abroadCitizenshipIntentions,
  abroadMigrantAgeRanges,
  abroadMigrationCostsRussia,
  abroadOtherFigures,
];
