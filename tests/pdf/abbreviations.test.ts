/** The list of abbreviations: those the chapters spell out, with the words they stand for. */
import { describe, expect, it } from 'vitest';
import { abbreviationList, definedAbbreviations } from '../../src/pdf/abbreviations.ts';

describe('abbreviations defined in a text', () => {
  it('takes the words whose initials spell the abbreviation, small words and a leading article aside', () => {
    expect(
      definedAbbreviations(
        'Data come from the International Centre for Migration Policy Development (ICMPD) and from The State Migration Service (SMS).',
        'en',
      ),
    ).toEqual([
      { short: 'ICMPD', long: 'International Centre for Migration Policy Development' },
      { short: 'SMS', long: 'State Migration Service' },
    ]);
  });

  it('reads a plural abbreviation as its singular, in lower-case words too', () => {
    expect(definedAbbreviations('Refugees and internally displaced persons (IDPs) were counted.', 'en')).toEqual([{ short: 'IDP', long: 'internally displaced persons' }]);
  });

  it('reads each part of a hyphenated word as a word where the letters ask for it', () => {
    expect(definedAbbreviations('Help was left to non-governmental organisations (NGOs), and to the Organisation for Economic Co-operation and Development (OECD).', 'en')).toEqual([
      { short: 'NGO', long: 'non-governmental organisations' },
      { short: 'OECD', long: 'Organisation for Economic Co-operation and Development' },
    ]);
    expect(definedAbbreviations('kömək qeyri-hökumət təşkilatlarının (QHT) öhdəsinə buraxılıb', 'az')).toEqual([{ short: 'QHT', long: 'qeyri-hökumət təşkilatlarının' }]);
  });

  it('leaves out a parenthesis that is not a definition', () => {
    expect(definedAbbreviations('The Agency for Public Service and Social Innovations (ASAN) and 2,500 people (UN) arrived.', 'en')).toEqual([]);
  });

  it('compares letters in the language of the text: İ is the capital of i in Azerbaijani', () => {
    expect(definedAbbreviations('Daxili İşlər Nazirliyi (DİN) məlumat verir.', 'az')).toEqual([{ short: 'DİN', long: 'Daxili İşlər Nazirliyi' }]);
  });
});

describe('the list of abbreviations', () => {
  it('lists each abbreviation once, alphabetically, with its shortest definition (the name without a case ending)', () => {
    const chapters = ['Dövlət Statistika Komitəsinin (DSK) məlumatı.', 'Dövlət Statistika Komitəsi (DSK) və Dövlət Miqrasiya Xidməti (DMX).'];
    expect(abbreviationList(chapters, 'az')).toEqual([
      { short: 'DMX', long: 'Dövlət Miqrasiya Xidməti' },
      { short: 'DSK', long: 'Dövlət Statistika Komitəsi' },
    ]);
  });
});

describe('abbreviations defined in a key of short names', () => {
  it('takes each entry of the key, its name in capitalised words, letters in another language or not', () => {
    const notes =
      'Short names: SMS, State Migration Service; MLSP, Ministry of Labour and Social Protection of the Population; IAMAS, Interdepartmental Automated Information Retrieval System; IAMAS entry, its subsystem; e-courts, the courts.';
    expect(definedAbbreviations(notes, 'en')).toEqual([
      { short: 'SMS', long: 'State Migration Service' },
      { short: 'MLSP', long: 'Ministry of Labour and Social Protection of the Population' },
      { short: 'IAMAS', long: 'Interdepartmental Automated Information Retrieval System' },
    ]);
  });

  it('leaves out a list of names that only starts with an abbreviation', () => {
    expect(definedAbbreviations('Routes lead to Russia and the CIS, the West, the Middle East; the UAE, Turkey and Iran; the UAE, Syria.', 'en')).toEqual([]);
    expect(definedAbbreviations('Destinations: UAE, Turkey, Iran; UAE, Iran;', 'en')).toEqual([]);
  });
});
