/**
 * Writes dist/_headers (read by Netlify and Cloudflare Pages; a model for any
 * other host, see README "Deploy"): the Content-Security-Policy with the hash
 * of every inline script the build wrote, a policy that lets other sites frame
 * the figure embed pages (and only them), and long caching for hashed assets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy.ts';
import { htmlPagesOf } from './html-pages.ts';
import { headersFor } from './headers-rules.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'report-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const page of htmlPagesOf(dist)) {
          for (const hash of inlineScriptHashes(fs.readFileSync(path.join(dist, page), 'utf8'))) hashes.add(hash);
        }
        const sorted = [...hashes].sort();
        fs.writeFileSync(path.join(dist, '_headers'), headersFile(contentSecurityPolicy(sorted), contentSecurityPolicy(sorted, { framedBy: '*' })));
        logger.info(`_headers: Content-Security-Policy allowing ${hashes.size} inline script(s) by hash`);
      },
    },
  };
}

/** The URL pattern of the embed pages, the only pages other sites may frame. */
export const EMBED_PAGES = '/figures/:id/';

// Cloudflare Pages syntax: every rule that matches a path applies, in order, and
// "! Name" drops a header an earlier rule set, so the embed pages swap the
// site's policy for one that allows framing instead of adding a second one.
export function headersFile(policy: string, embedPolicy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    EMBED_PAGES,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${embedPolicy}`,
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
