/**
 * The report being built, validated: the one way engine code reads the title,
 * edition, authors, language and reading order.
 * (Transitional: read from content/report.config.ts until the integration passes it in.)
 */
import config from '../../content/report.config.ts';
import { reportConfigSchema, type ReportConfig } from './report-schema.ts';

export const report: ReportConfig = reportConfigSchema.parse(config);
