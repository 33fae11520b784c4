/**
 * The report being built, validated: the one way engine code reads the title,
 * edition, authors, language, reading order and bibliography.
 */
import config, { configFile } from 'virtual:report-site/config';
import { parseReportConfig } from './load-report-config.ts';

export const report = parseReportConfig(config, configFile);
export { configFile };
