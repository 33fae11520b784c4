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
