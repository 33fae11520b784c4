/**
 * The bibliography: the four reports, and the original sources they quote
 * that the site uses, one file per topic. Add an entry before citing it; an
 * unknown or duplicate key stops the build.
 */
import type { SourceInput } from 'report-site/schema';
import { reports } from './reports.ts';
import { legalSources } from './legal.ts';
import { irregularSources } from './irregular.ts';
import { traffickingSources } from './trafficking.ts';
import { remittanceSources } from './remittances.ts';
import { dataManagementSources } from './data-management.ts';

export const sources: SourceInput[] = [
  ...reports,
  ...legalSources,
  ...irregularSources,
  ...traffickingSources,
  ...remittanceSources,
  ...dataManagementSources,
];
