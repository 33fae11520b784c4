/** The policy's script hashes, computed without a browser. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withPolicyMeta } from '../../src/site/content-security-policy.ts';
import { headersFile, isEmbedPage, policyOf, withoutScriptFiles } from '../../src/site/security-headers-integration.ts';
import { scanHtml } from '../../src/site/scan-html.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly as written, and skips external scripts and data blocks', () => {
    const html = `<html><head><script>let a = 1 < 2;</script><script type="module">import "x";</script>
      <script src="/_astro/page.js"></script><script type="application/ld+json">{"a":1}</script></head></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha('let a = 1 < 2;'), sha('import "x";')]);
  });

  it('hashes a script holding a character reference as written, undecoded, as a browser does', () => {
    expect(inlineScriptHashes('<p title="a&amp;b"></p><script>const s = "&amp;";</script>')).toEqual([sha('const s = "&amp;";')]);
  });
});

describe('contentSecurityPolicy', () => {
  it('lists each hash in script-src and never allows inline scripts wholesale', () => {
    const policy = contentSecurityPolicy(['sha256-AAA=', 'sha256-BBB=']);
    expect(policy).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB=' 'wasm-unsafe-eval'");
    expect(policy.split('; ').find((directive) => directive.startsWith('script-src'))).not.toContain('unsafe-inline');
    expect(policyOf(headersFile(policy, 'embed'))).toBe(policy);
  });

  it('for an embed page, allows its inline scripts by hash and nothing else: no script file, no WebAssembly', () => {
    const policy = contentSecurityPolicy(['sha256-AAA='], { framedBy: '*', scriptFiles: false });
    expect(policy.split('; ').find((directive) => directive.startsWith('script-src'))).toBe("script-src 'sha256-AAA='");
  });
});

describe('embed pages', () => {
  it('are the pages of one figure, in any language', () => {
    expect(['figures/net-migration/index.html', 'az/figures/net-migration/index.html'].map(isEmbedPage)).toEqual([true, true]);
    expect(['figures/index.html', 'az/figures/index.html', 'legal-migration/index.html', 'index.html'].map(isEmbedPage)).toEqual([false, false, false, false]);
  });

  it('lose the script files every page gets, and keep their inline scripts', () => {
    const html = '<head><script type="module" src="/_astro/page.js"></script><script type="module">go()</script></head>';
    expect(withoutScriptFiles(html)).toBe('<head><script type="module">go()</script></head>');
  });
});

describe('_headers: only the figure embed pages may be framed', () => {
  const site = contentSecurityPolicy([]);
  const embed = contentSecurityPolicy([], { framedBy: '*' });
  const file = headersFile(site, embed);
  it('serves every page with frame-ancestors none, and each embed page with one policy that allows framing', () => {
    for (const page of ['/', '/legal-migration/', '/figures/', '/figures/net-migration.svg', '/data/']) {
      expect(policyOf(file, page), page).toContain("frame-ancestors 'none'");
    }
    for (const page of ['/az/legal-migration/', '/az/figures/']) expect(policyOf(file, page), page).toContain("frame-ancestors 'none'");
    for (const page of ['/figures/net-migration/', '/figures/a-b-c/', '/az/figures/net-migration/']) {
      const policy = policyOf(file, page);
      expect(policy, page).toContain('frame-ancestors *');
      // Detached, not added to: a second policy would still refuse framing.
      expect(policy, page).not.toContain("frame-ancestors 'none'");
    }
  });
});

describe('scanHtml', () => {
  it('reads ids, the URLs a page links or loads, and inline scripts as written, in one pass', () => {
    const html = `<html><head><link rel="canonical" href="https://x.org/a/"><link rel="stylesheet" href="/a.css">
      <script>if (a < b && c) go('</div>');</script><script src="/b.js"></script></head>
      <body><h2 id="one">One</h2><a href="/c/#one">c</a><svg><g id="two"><text>x</text></g></svg><img src="/d.svg" alt=""></body></html>`;
    const page = scanHtml(html);
    expect([...page.ids]).toEqual(['one', 'two']);
    expect(page.references).toEqual(['/a.css', '/b.js', '/c/#one', '/d.svg']);
    expect(page.inlineScripts).toEqual([{ type: null, text: "if (a < b && c) go('</div>');" }]);
  });
});

describe('the policy as a <meta> tag, for hosts that send no headers', () => {
  it('comes right after the charset, before any script, and leaves out frame-ancestors, which a <meta> policy cannot carry', () => {
    const policy = contentSecurityPolicy(['sha256-AAA='], { framedBy: null });
    expect(policy).not.toContain('frame-ancestors');
    const page = withPolicyMeta('<!DOCTYPE html><html><head><meta charset="utf-8"/><script>x()</script></head></html>', policy, 'a/index.html');
    expect(page).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="${policy}"><script>x()</script></head></html>`);
  });

  it("goes first in <head> on a page with no charset (a report's own page), and stops the build, naming the page, when there is no <head>", () => {
    expect(withPolicyMeta('<html lang="en"><head><script>x()</script></head></html>', 'p', 'about/index.html')).toBe(
      '<html lang="en"><head><meta http-equiv="Content-Security-Policy" content="p"><script>x()</script></head></html>',
    );
    expect(() => withPolicyMeta('<p>no head</p>', 'p', 'figures/x/index.html')).toThrow('figures/x/index.html: no <head> to put the Content-Security-Policy in');
  });
});
