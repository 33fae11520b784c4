import type { Dataset } from '../../src/schemas/dataset.ts';
import { generalFactbookIndicators } from './factbook-indicators.ts';
import { generalFactbookTopCountries } from './factbook-top-countries.ts';
import { generalLabourMigrantShare } from './labour-migrant-share.ts';

export const generalDatasets: Dataset[] = [generalFactbookIndicators, generalFactbookTopCountries, generalLabourMigrantShare];
