/** What finish-pdf.ts writes into the tags: the RoleMap for PDF 2.0 types, and bookmarks as their headings read. */
import { describe, expect, it } from 'vitest';
import { roleMapFor } from '../../src/pdf/role-map.ts';
import { outlineTitles } from '../../src/pdf/outline-titles.ts';

describe('roleMapFor', () => {
  it('maps the PDF 2.0 types a file uses to PDF 1.7 types, and leaves PDF 1.7 types alone', () => {
    expect(roleMapFor(['P', 'Strong', 'Em', 'Strong', 'Table', 'Code'])).toEqual({ Em: 'Span', Strong: 'Span' });
    expect(roleMapFor(['Document', 'H1', 'Figure'])).toEqual({});
  });

  it('stops at a type it cannot place, naming it', () => {
    expect(() => roleMapFor(['P', 'Banner'])).toThrow(/structure type Banner/);
  });
});

describe('outlineTitles', () => {
  const headings = ['Overview', 'Meskhetian Turks and Azerbaijanis from Georgia', 'Three groups', 'Key figures', 'Key figures'];

  it('gives back the space Chromium loses where a heading wraps, and a title written twice once', () => {
    expect(outlineTitles(['Overview', 'Meskhetian Turks and Azerbaijanis fromGeorgia', 'Three groupsThree groups'], headings)).toEqual([
      'Overview',
      'Meskhetian Turks and Azerbaijanis from Georgia',
      'Three groups',
    ]);
  });

  it('follows the headings in order, so a heading used twice matches twice', () => {
    expect(outlineTitles(['Overview', 'Key figures', 'Key figures'], headings)).toEqual(['Overview', 'Key figures', 'Key figures']);
  });

  it('stops at a bookmark that matches no heading after the one before', () => {
    expect(() => outlineTitles(['Three groups', 'Overview'], headings)).toThrow(/"Overview" matches no heading of the book after "Three groups"/);
    expect(() => outlineTitles(['Three'], headings)).toThrow(/"Three" matches no heading/);
  });
});
