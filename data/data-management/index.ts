import type { Dataset } from '../../src/schemas/dataset.ts';
import { dataManagementInstitutions } from './institutions.ts';
import { dataManagementSystems } from './systems.ts';
import { dataManagementLinks } from './links.ts';
import { dataManagementRecommendations } from './recommendations.ts';
import { dataManagementDefinitions } from './definitions.ts';

export const dataManagementDatasets: Dataset[] = [
  dataManagementInstitutions,
  dataManagementSystems,
  dataManagementLinks,
  dataManagementRecommendations,
  dataManagementDefinitions,
];
