import type { Dataset } from '../../src/schemas/dataset.ts';
import { legalInternationalMigration } from './international-migration.ts';
import { legalDeparturesByCountry } from './departures-by-country.ts';
import { legalArrivalsByCountry } from './arrivals-by-country.ts';
import { legalIloMotivations } from './ilo-motivations.ts';
import { legalIloMigrantAges } from './ilo-migrant-ages.ts';
import { legalForeignersByCategory } from './foreigners-by-category.ts';
import { legalWorkPermitHolders } from './work-permit-holders.ts';
import { legalWorkPermitShares } from './work-permit-shares.ts';
import { legalMigrantOrigins } from './migrant-origins.ts';
import { legalSmsStatistics2011 } from './sms-statistics-2011.ts';
import { legalForeignWorkersBySector2008 } from './foreign-workers-by-sector-2008.ts';
import { legalForeignWorkerCounts2008 } from './foreign-worker-counts-2008.ts';
import { legalChineseMigrants } from './chinese-migrants.ts';
import { legalWorkPermitFeeAndQuota } from './work-permit-fee-and-quota.ts';
import { legalInvoluntaryMigrants1997 } from './involuntary-migrants-1997.ts';
import { legalInternationalMigrationByFlow } from './international-migration-by-flow.ts';
import { legalMovesByCountry } from './moves-by-country.ts';

export const legalDatasets: Dataset[] = [
  legalInternationalMigration,
  legalDeparturesByCountry,
  legalArrivalsByCountry,
  legalIloMotivations,
  legalIloMigrantAges,
  legalForeignersByCategory,
  legalWorkPermitHolders,
  legalWorkPermitShares,
  legalMigrantOrigins,
  legalSmsStatistics2011,
  legalForeignWorkersBySector2008,
  legalForeignWorkerCounts2008,
  legalChineseMigrants,
  legalWorkPermitFeeAndQuota,
  legalInvoluntaryMigrants1997,
  legalInternationalMigrationByFlow,
  legalMovesByCountry,
];
