/**
 * Every language has every key English has, and no other; each text takes the
 * same names in braces as its English; English holds Starlight's and
 * Pagefind's own English, so the English site reads as they write it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dictionaries, figureInChapter, figureLabel, figureTitle, languageOf, t, textAround, LANGUAGES, type Dictionary } from '../../src/i18n/index.ts';
import { interfaceTexts, isInterfaceKey } from '../../src/i18n/interface-texts.ts';

const { en } = dictionaries;
const englishKeys = Object.keys(en).sort();
/** {number}, Starlight's {{title}}, Pagefind's [COUNT]. */
const placeholders = (text: string) => [...text.matchAll(/\{\{?\w+\}\}?|\[[A-Z_]+\]/g)].map((match) => match[0]).sort();

const require = createRequire(import.meta.url);

describe('the dictionaries', () => {
  it('are English and Azerbaijani', () => {
    expect(LANGUAGES).toEqual(['en', 'az']);
    expect(englishKeys.length).toBeGreaterThan(100);
  });

  it.each(LANGUAGES)('%s has every key of English, and no other', (lang) => {
    const keys = Object.keys(dictionaries[lang]);
    expect(englishKeys.filter((key) => !keys.includes(key)), `keys missing in src/i18n/${lang}.ts`).toEqual([]);
    expect(keys.filter((key) => !(key in en)), `keys in src/i18n/${lang}.ts that English does not have`).toEqual([]);
  });

  it.each(LANGUAGES)('%s gives every text, with the names in braces of its English', (lang) => {
    const dictionary: Record<string, string> = dictionaries[lang];
    const english: Record<string, string> = en;
    for (const key of englishKeys) {
      expect(dictionary[key]?.trim(), `${lang}: "${key}" is empty`).toBeTruthy();
      expect(placeholders(dictionary[key] ?? ''), `${lang}: "${key}"`).toEqual(placeholders(english[key] ?? ''));
    }
  });

  it("holds Starlight's own English interface texts, as Starlight 0.42 ships them", async () => {
    const shipped = path.join(path.dirname(require.resolve('@astrojs/starlight/components/Search.astro')), '../translations/en.js');
    const starlight = ((await import(shipped)) as { default: Record<string, string> }).default;
    const english: Record<string, string> = en;
    for (const [key, text] of Object.entries(starlight)) expect(english[key], key).toBe(text);
  });

  it("holds Pagefind's own English interface texts, every one of them", () => {
    const ui = fs.readFileSync(require.resolve('@pagefind/default-ui'), 'utf8');
    const block = /\{\n\s*placeholder: "Search",\n([\s\S]*?)\n\s*\};/.exec(ui)?.[1];
    expect(block, "Pagefind's English strings").toBeDefined();
    const shipped = Object.fromEntries([...block!.matchAll(/^\s*(\w+): "(.*)",?$/gm)].map((match) => [`pagefind.${match[1]}`, JSON.parse(`"${match[2]}"`) as string]));
    const english: Record<string, string> = en;
    const ours = Object.keys(en).filter((key) => key.startsWith('pagefind.'));
    expect(ours.sort()).toEqual(Object.keys(shipped).sort());
    for (const [key, text] of Object.entries(shipped)) expect(english[key], key).toBe(text);
  });

  it("hands Starlight every interface text in Azerbaijani, and nothing in English (Starlight's own)", () => {
    const az = interfaceTexts('az');
    expect(Object.keys(az).length).toBe(Object.keys(en).filter(isInterfaceKey).length);
    expect(az['search.label']).toBe('Axtarış');
    expect(az['pagefind.zero_results']).toBe('[SEARCH_TERM] üzrə nəticə tapılmadı');
    expect(az['figure.label']).toBeUndefined();
    expect(interfaceTexts('en')).toEqual({});
  });
});

describe('the types', () => {
  it('make a missing key, an unknown key or a missing value an error of the type check', () => {
    const { 'figure.label': _left, ...withoutOne } = dictionaries.az;
    // @ts-expect-error: "figure.label" is missing.
    const missing: Dictionary = withoutOne;
    // @ts-expect-error: English has no such key.
    const extra: Dictionary = { ...dictionaries.az, 'figure.caption': 'Şəkil' };
    // @ts-expect-error: "Figure {number}" needs its number.
    const unfilled = () => t('en', 'figure.label');
    // @ts-expect-error: and no key English lacks.
    const unknown = () => t('en', 'figure.caption');
    expect([missing, extra, unfilled, unknown].length).toBe(4);
  });
});

describe('t', () => {
  it('fills names in braces, in each language', () => {
    expect(t('en', 'data.rows', { rows: 9, columns: 'Year, Value' })).toBe('9 rows; columns: Year, Value');
    expect(t('az', 'data.rows', { rows: 9, columns: 'İl, Qiymət' })).toBe('9 sətir; sütunlar: İl, Qiymət');
    expect(t('az', 'figure.source')).toBe('Mənbə:');
  });

  it('builds "Figure N" in one place', () => {
    expect(figureLabel('en', '3')).toBe('Figure 3');
    expect(figureLabel('az', '3.2')).toBe('Şəkil 3.2');
    expect(figureTitle('az', '3', 'Pul köçürmələri')).toBe('Şəkil 3. Pul köçürmələri');
    expect(figureInChapter('en', 'Remittances', '4.2')).toBe('Remittances, Figure 4.2');
  });

  it('splits a text around the place of a link', () => {
    expect(textAround('en', 'embed.from', 'link')).toEqual(['From ', '.']);
    expect(textAround('az', 'cite.via', 'via')).toEqual([', ', ' nəşrinə istinadən']);
    expect(() => textAround('en', 'figure.source', 'link')).toThrow(/no \{link\}/);
  });

  it('knows a language by its tag, and names those it has for one it has not', () => {
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('az-Latn-AZ')).toBe('az');
    expect(() => languageOf('fr')).toThrow(/"fr": the engine has no words in this language; it has "en" and "az"/);
  });
});
