/** SITE_URL and BASE_PATH: checked before a build, with the expected form in every message. */
import { describe, expect, it } from 'vitest';
import { deploySettings, placeholderNotice } from '../../src/site/deploy-settings.ts';

describe('deploySettings', () => {
  it('takes a good origin and base path as they are', () => {
    expect(deploySettings({ SITE_URL: 'https://example.github.io', BASE_PATH: '/az-migration/' })).toEqual({ site: 'https://example.github.io', base: '/az-migration/', placeholder: false });
  });

  it('falls back to the placeholder origin and the root, and says so', () => {
    expect(deploySettings({})).toEqual({ site: 'https://example.org', base: '/', placeholder: true });
    expect(placeholderNotice()).toMatch(/^SITE_URL is not set, so https:\/\/example\.org stands for .*robots\.txt, sitemap-index\.xml/);
    expect(placeholderNotice()).toContain('the PDF links to no page of the site');
    expect(placeholderNotice()).toContain('citation_pdf_url');
  });

  it('stops on a malformed SITE_URL or BASE_PATH, saying what is expected', () => {
    expect(() => deploySettings({ SITE_URL: 'example.github.io' })).toThrow(/SITE_URL="example\.github\.io" is not a web address; expected the public origin/);
    expect(() => deploySettings({ SITE_URL: 'ftp://example.org' })).toThrow(/must start with https:\/\/ or http:\/\//);
    expect(() => deploySettings({ SITE_URL: 'https://example.github.io/az-migration' })).toThrow(/put the path in BASE_PATH, e\.g\. SITE_URL=https:\/\/example\.github\.io BASE_PATH=\/az-migration\//);
    expect(() => deploySettings({ BASE_PATH: 'az-migration' })).toThrow(/BASE_PATH="az-migration" must start and end with "\/"/);
    expect(() => deploySettings({ BASE_PATH: '/az migration/' })).toThrow(/BASE_PATH="\/az migration\/"/);
  });
});
