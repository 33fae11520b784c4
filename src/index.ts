/**
 * report-site: the Astro integration that builds a report site, and what a
 * report's config is written with.
 *
 *   import reportSite, { defineReport } from 'report-site';
 */
export { reportSite, reportSite as default, type ReportSiteOptions } from './report-site.ts';
export { defineReport, type ReportConfig, type ReportConfigInput } from './report/report-schema.ts';
export { deploySettings, type DeploySettings } from './site/deploy-settings.ts';
