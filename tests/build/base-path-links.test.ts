/** Links within the site follow the base path; other links are left alone. */
import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/markdown/base-path-links.ts';

describe('withBase', () => {
  it('prefixes links within the site', () => {
    expect(withBase('/remittances/', '/az-migration/')).toBe('/az-migration/remittances/');
    expect(withBase('/remittances/#fig-inward-outward', '/az-migration/')).toBe('/az-migration/remittances/#fig-inward-outward');
  });

  it('leaves other links, and links already under the base, unchanged', () => {
    for (const href of ['https://example.org/', '//cdn.example/x', '#ref-yunusov-2013', '../data/', '/az-migration/data/']) {
      expect(withBase(href, '/az-migration/')).toBe(href);
    }
    expect(withBase('/remittances/', '/')).toBe('/remittances/');
  });
});
