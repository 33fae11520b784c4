/**
 * Writes dist/_headers (read by Netlify and Cloudflare Pages; a model for any
 * other host, see README "Deploy"): the Content-Security-Policy with the hash
 * of every inline script the build wrote, and long caching for hashed assets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy.ts';
import { htmlPagesOf } from './html-pages.ts';

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
        const policy = contentSecurityPolicy([...hashes].sort());
        fs.writeFileSync(path.join(dist, '_headers'), headersFile(policy));
        logger.info(`_headers: Content-Security-Policy allowing ${hashes.size} inline script(s) by hash`);
      },
    },
  };
}

export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** Reads the policy back from a built dist/_headers. */
export function policyOf(headers: string): string {
  const line = headers.split('\n').find((entry) => entry.trim().startsWith('Content-Security-Policy:'));
  if (!line) throw new Error('no Content-Security-Policy line in _headers');
  return line.trim().slice('Content-Security-Policy:'.length).trim();
}
