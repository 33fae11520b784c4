/**
 * Writes the Content-Security-Policy into every page as a <meta> tag, with the
 * hash of each inline script that page holds, so that every host serves it.
 * Writes dist/_headers too (read by Netlify and Cloudflare Pages; a model for
 * any other host, see README "Deploy") for what a <meta> tag cannot carry:
 * frame-ancestors (only the figure embed pages may be framed by other sites),
 * nosniff, the referrer policy and long caching for hashed assets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, inlineScriptHashes, withPolicyMeta } from './content-security-policy.ts';
import { htmlPagesOf } from './html-pages.ts';
import { headersFor } from './headers-rules.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'report-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const hashes = new Set<string>();
        const embedHashes = new Set<string>();
        for (const page of htmlPagesOf(dist)) {
          const file = path.join(dist, page);
          const embed = isEmbedPage(page);
          const html = embed ? withoutScriptFiles(fs.readFileSync(file, 'utf8')) : fs.readFileSync(file, 'utf8');
          // Each page's own policy allows its own scripts only; _headers allows every page's.
          const pageHashes = [...new Set(inlineScriptHashes(html))].sort();
          // The site's policy allows every page's scripts (a host may serve one policy for all); an embed page's, its own kind's only.
          for (const hash of pageHashes) {
            hashes.add(hash);
            if (embed) embedHashes.add(hash);
          }
          fs.writeFileSync(file, withPolicyMeta(html, contentSecurityPolicy(pageHashes, { framedBy: null, scriptFiles: !embed }), page));
        }
        const sorted = (set: Set<string>) => [...set].sort();
        fs.writeFileSync(path.join(dist, '_headers'), headersFile(contentSecurityPolicy(sorted(hashes)), contentSecurityPolicy(sorted(embedHashes), { framedBy: '*', scriptFiles: false })));
        logger.info(`Content-Security-Policy in every page (<meta>) and in _headers, allowing ${hashes.size} inline script(s) by hash`);
      },
    },
  };
}

/**
 * An embed page runs in other sites' frames with its own inline scripts only
 * (values on demand, its height for the host): the script files every page
 * gets (Starlight turns on Astro's link prefetching, of no use inside a frame)
 * are left out, so its policy can allow scripts by hash alone.
 */
export function withoutScriptFiles(html: string): string {
  return html.replace(/<script type="module" src="[^"]*"><\/script>/g, '');
}

/** The URL patterns of the embed pages, in the report's language and another one's, the only pages other sites may frame. */
export const EMBED_PAGES = ['/figures/:id/', '/:lang/figures/:id/'] as const;

/** An embed page's file in dist/: figures/<id>/index.html, <lang>/figures/<id>/index.html. */
export function isEmbedPage(page: string): boolean {
  return /^([a-z-]+\/)?figures\/[^/]+\/index\.html$/.test(page.split(path.sep).join('/'));
}

// Cloudflare Pages syntax: every rule that matches a path applies, in order, and
// "! Name" drops a header an earlier rule set, so the embed pages swap the
// site's policy for one that allows framing instead of adding a second one.
export function headersFile(policy: string, embedPolicy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...EMBED_PAGES.flatMap((pattern) => [pattern, '  ! Content-Security-Policy', `  Content-Security-Policy: ${embedPolicy}`]),
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** Reads back the policy a path is served with (the site's own pages by default). */
export function policyOf(headers: string, path = '/'): string {
  const policy = headersFor(headers, path).get('content-security-policy');
  if (!policy) throw new Error(`no Content-Security-Policy for ${path} in _headers`);
  return policy;
}
