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

/** `framedBy`: who may show the page in a frame; nobody, except for the figure embed pages. */
export function contentSecurityPolicy(scriptHashes: readonly string[], { framedBy = "'none'" }: { framedBy?: string } = {}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`), "'wasm-unsafe-eval'"].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framedBy}`,
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
