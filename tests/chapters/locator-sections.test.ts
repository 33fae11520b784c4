/** A locator's quoted section names, checked against the sections its source lists. */
import { describe, expect, it } from 'vitest';
import { datasetLocatorSections, quotedSections, unknownDatasetSections, unknownSections } from '../../src/bibliography/locator-sections.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const source = (sections?: string[]) =>
  sourceSchema.parse({ key: 'smith-2020', kind: 'report', author: 'Smith, A.', shortAuthor: 'Smith', title: 'A report', ...(sections ? { sections } : {}) });

describe('quotedSections', () => {
  it('reads every name in curly quotes, and nothing else', () => {
    expect(quotedSections('section 1 of “Problems of migrant integration”; “Recommendations”, p. 4')).toEqual(['Problems of migrant integration', 'Recommendations']);
    expect(quotedSections('Table 4, footnote 9')).toEqual([]);
  });
});

describe('unknownSections', () => {
  const withSections = source(['Legal migration', 'Irregular migration', 'Remittances']);

  it('accepts the sections the source lists, and locators that quote none', () => {
    expect(unknownSections('“Legal migration”; Table 2', withSections)).toEqual([]);
    expect(unknownSections('p. 12', withSections)).toEqual([]);
  });

  it('names an unknown or misspelt section with the closest listed one', () => {
    expect(unknownSections('“Legal migrations”', withSections)).toEqual([
      '“Legal migrations” is not a section of smith-2020; did you mean "Legal migration"? (sections: Legal migration, Irregular migration, Remittances)',
    ]);
    expect(unknownSections('“Remittances” and “Acknowledgements”', withSections)).toEqual([
      '“Acknowledgements” is not a section of smith-2020; sections: Legal migration, Irregular migration, Remittances',
    ]);
  });

  it('leaves a source that lists no sections unchecked', () => {
    expect(unknownSections('“Anything at all”', source())).toEqual([]);
  });

  it('the schema refuses an empty list of sections', () => {
    expect(() => source([])).toThrow();
  });
});

describe('the sections a dataset locator names', () => {
  it('reads “…”, section "…" and sections "…" and "…", and no other quoted words', () => {
    expect(datasetLocatorSections('sections "Legal migration" and "Remittances"; the report cites "Mukomel, p. 151"')).toEqual(['Legal migration', 'Remittances']);
    expect(datasetLocatorSections('section "Irregular migration", first paragraph; “Remittances”')).toEqual(['Remittances', 'Irregular migration']);
  });

  it('checks them against the sections any source lists, with the closest one', () => {
    const sources = [source(['Legal migration', 'Remittances']), source()];
    expect(unknownDatasetSections('section "Legal migration"; Table 2', sources)).toEqual([]);
    expect(unknownDatasetSections('sections "Legal migration" and "Remitances"', sources)).toEqual([
      '“Remitances” is not a section any source lists; did you mean "Remittances"? (sections: Legal migration, Remittances)',
    ]);
    expect(unknownDatasetSections('section "Anything"', [source()])).toEqual([]);
  });
});
