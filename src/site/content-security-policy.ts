/**
 * The Content-Security-Policy the site works under. Everything comes from the
 * site itself. Starlight writes a few small inline scripts (theme, sidebar
 * state); rather than allow every inline script, the policy lists the SHA-256
 * hash of each one the build wrote, so an injected script would not run.
 * Starlight also writes style attributes, hence 'unsafe-inline' for styles
 * only; the search index runs as WebAssembly, hence 'wasm-unsafe-eval'.
 */
import { createHash } from 'node:crypto';
import { scanHtml } from './scan-html.ts';

/**
 * `framedBy`: who may show the page in a frame; nobody, except for the figure
 * embed pages. `scriptFiles: false` (embed pages) allows the listed inline
 * scripts only. `null` leaves frame-ancestors out, for a policy in a <meta> tag,
 * where browsers ignore it (and say so in the console).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], { framedBy = "'none'", scriptFiles = true }: { framedBy?: string | null; scriptFiles?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // An embed page runs in other sites' frames: its own inline scripts, by hash, and no script file.
    scriptFiles ? ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`), "'wasm-unsafe-eval'"].join(' ') : ['script-src', ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(framedBy === null ? [] : [`frame-ancestors ${framedBy}`]),
  ].join('; ');
}

/** The CSP source expression ("sha256-…") of each inline script of a page. */
export function inlineScriptHashes(html: string): string[] {
  return scanHtml(html)
    .inlineScripts.filter((script) => isExecutable(script.type))
    .map((script) => `sha256-${createHash('sha256').update(script.text, 'utf8').digest('base64')}`);
}

// Data blocks such as application/ld+json never run, so they need no hash.
function isExecutable(type: string | null): boolean {
  return type === null || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);
}

const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;
const HEAD = /<head(?:\s[^>]*)?>/i;

/**
 * The page with its policy as a <meta http-equiv> tag, first thing after the
 * charset (or, on a report's own page that has none, first in <head>), before
 * any script: hosts that send no headers (S3, nginx as installed, GitHub Pages)
 * still serve the policy.
 */
export function withPolicyMeta(html: string, policy: string, page: string): string {
  const after = CHARSET.exec(html) ?? HEAD.exec(html);
  if (!after) throw new Error(`${page}: no <head> to put the Content-Security-Policy in; give the page a <head> element`);
  const at = after.index + after[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`;
}
