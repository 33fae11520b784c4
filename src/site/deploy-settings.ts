/**
 * The deployer's two settings, SITE_URL and BASE_PATH, checked before anything
 * is built: a malformed one stops the build with what was expected; a missing
 * SITE_URL falls back to a placeholder origin, which the build then names once.
 */
export const PLACEHOLDER_SITE = 'https://example.org';

export interface DeploySettings {
  site: string;
  base: string;
  /** True when SITE_URL was not set and the placeholder origin is used. */
  placeholder: boolean;
}

export function deploySettings(env: Record<string, string | undefined>): DeploySettings {
  const problems: string[] = [];
  const siteText = env.SITE_URL?.trim();
  let site = PLACEHOLDER_SITE;
  if (siteText) {
    let url: URL | undefined;
    try {
      url = new URL(siteText);
    } catch {
      problems.push(`SITE_URL="${siteText}" is not a web address; expected the public origin, e.g. SITE_URL=https://example.github.io`);
    }
    if (url && !/^https?:$/.test(url.protocol)) problems.push(`SITE_URL="${siteText}" must start with https:// or http://`);
    else if (url && (url.pathname !== '/' || url.search || url.hash)) {
      problems.push(`SITE_URL="${siteText}" must be an origin only (scheme and host); put the path in BASE_PATH, e.g. SITE_URL=${url.origin} BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`);
    } else if (url) site = url.origin;
  }
  const base = env.BASE_PATH?.trim() || '/';
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base)) {
    problems.push(`BASE_PATH="${base}" must start and end with "/" and hold only path segments, e.g. BASE_PATH=/az-migration/`);
  }
  if (problems.length > 0) throw new Error(`Deployment settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return { site, base, placeholder: !siteText };
}

/** What the build says once when SITE_URL is not set. */
export function placeholderNotice(): string {
  return `SITE_URL is not set, so ${PLACEHOLDER_SITE} stands for the site's address in robots.txt, sitemap-index.xml and sitemap-0.xml, the canonical and og:url links of every page, the figures' embed snippets, permalinks and citations, and the SVG images, and the PDF links to no page of the site, and no page gives citation managers the PDF's address (citation_pdf_url); set SITE_URL=https://… when building for a host`;
}
