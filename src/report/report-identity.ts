/** The report as a citation names it: from the report config and the site's address. */
import { report } from './report.ts';
import type { ReportIdentity } from '../figures/citation.ts';

export function reportIdentity(site: URL | undefined, base: string): ReportIdentity {
  return {
    title: report.title,
    slug: report.slug,
    authors: report.authors,
    edition: report.edition,
    url: site ? new URL(base, site).href : base,
  };
}

/** The report with its description, as the data package and the catalogue of datasets present it. */
export function describedReport(site: URL | undefined, base: string): ReportIdentity & { description: string } {
  return { ...reportIdentity(site, base), description: report.description };
}
