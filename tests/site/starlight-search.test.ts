/**
 * The search override (src/components/overrides/Search.astro) renders Starlight's
 * own Search.astro and relies on what its script does; mount-pagefind.ts gives
 * Pagefind the options that script gives it. When a Starlight upgrade changes
 * that file, this fails until someone has re-checked the override against it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const UPSTREAM = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro');
// Search.astro of Starlight 0.42.9, the one the override was last checked against (0.42.4 → 0.42.9 changed only its formatting).
const CHECKED_SHA256 = '619c5c441e1f836ff8df96bbaae71b8ac638f226bc04bbac90c56ba6ddc86874';

const RECHECK = (version: string, hash: string) => `Starlight's Search.astro has changed (Starlight ${version}, ${UPSTREAM}).
Re-check src/components/overrides/ against it, then set CHECKED_SHA256 in this test to ${hash}:
1. load-search-on-open.ts: does Starlight's script still load Pagefind only from a DOMContentLoaded listener that
   the constructor of <site-search> adds to window, and define the element with customElements.define('site-search', …)?
   (tests/browser/search-on-demand.test.ts: no Pagefind fetched before the reader opens search.)
2. Does the markup still have button[data-open-modal], a <dialog> and an empty #starlight__search, and does
   opening the dialog still focus the first input in it?
3. mount-pagefind.ts: does it still give PagefindUI the options Starlight's script gives it (element, baseUrl,
   bundlePath, showImages, translations from data-translations, showSubResults, processResult with
   data-strip-trailing-slash)?`;

describe("Starlight's Search.astro", () => {
  it('is the file the search override was checked against', () => {
    const hash = createHash('sha256').update(fs.readFileSync(UPSTREAM)).digest('hex');
    // The package's own package.json, found from the file (Starlight does not export it).
    const { version } = JSON.parse(fs.readFileSync(path.join(UPSTREAM, '../../../package.json'), 'utf8')) as { version: string };
    expect(hash, RECHECK(version, hash)).toBe(CHECKED_SHA256);
  });
});
