/**
 * The Content-Security-Policy the site works under, for deployers to send as
 * a header (see README, "Deploy"); the browser tests serve the site with it.
 * Everything comes from the site itself. Starlight writes small inline scripts
 * (theme, sidebar) and style attributes, hence 'unsafe-inline'; the search
 * index runs as WebAssembly, hence 'wasm-unsafe-eval'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
