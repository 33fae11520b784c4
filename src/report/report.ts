/**
 * The report being built, validated: the one way engine code reads the title,
 * edition, authors, language and reading order.
 */
import config from '../../content/report.config.ts';
import { parseReportConfig } from './load-report-config.ts';

export const report = parseReportConfig(config, 'content/report.config.ts');
