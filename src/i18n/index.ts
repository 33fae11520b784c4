/**
 * The engine's words, one dictionary per language, and the one way to read
 * them: t(lang, key, values), with the language of the page being made.
 *
 *   t('az', 'figure.label', { number: 3 })  // "Şəkil 3"
 *
 * The language is always passed in (from the page, see page-lang.ts), never
 * kept here, so pages in different languages can be made side by side.
 */
import type { Dictionary, TextKey, TextValues } from './dictionary.ts';
import { en } from './en.ts';
import { az } from './az.ts';

export type { Dictionary, TextKey, TextValues };

export const dictionaries = { en, az } as const satisfies Record<string, Dictionary>;

/** A language the engine has words for. */
export type Lang = keyof typeof dictionaries;

export const LANGUAGES = Object.keys(dictionaries) as Lang[];

/**
 * The engine's language for a BCP 47 tag: "en-GB" and "en" give "en". A tag
 * whose language has no dictionary is refused, naming those there are.
 */
export function languageOf(tag: string): Lang {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  if (primary in dictionaries) return primary as Lang;
  throw new Error(`"${tag}": the engine has no words in this language; it has ${LANGUAGES.map((lang) => `"${lang}"`).join(' and ')} (src/i18n/)`);
}

/** The text of `key` in `lang`, with each {name} replaced by its value. */
export function t<Key extends TextKey>(lang: Lang, key: Key, ...[values]: TextValues<Key>): string {
  const text: string = dictionaries[lang][key];
  if (!values) return text;
  const named = values as Readonly<Record<string, string | number>>;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in named ? String(named[name]) : whole));
}

/**
 * The text of `key` on either side of {name}, for a page that puts markup
 * there (a link): "Paste this code … ({link}):" gives ["Paste this code … (", "):"].
 */
export function textAround(lang: Lang, key: TextKey, name: string): [before: string, after: string] {
  const text: string = dictionaries[lang][key];
  const at = text.indexOf(`{${name}}`);
  if (at < 0) throw new Error(`src/i18n/${lang}.ts, "${key}": no {${name}} in "${text}"`);
  return [text.slice(0, at), text.slice(at + name.length + 2)];
}

/** "Figure 3": the one place a figure's number becomes its name. */
export function figureLabel(lang: Lang, number: string): string {
  return t(lang, 'figure.label', { number });
}

/** "Figure 3. Arrivals by year": a figure's number and title, as its heading, image and citation name it. */
export function figureTitle(lang: Lang, number: string, title: string): string {
  return t(lang, 'figure.titled', { figure: figureLabel(lang, number), title });
}

/** "Chapter title, Figure 3": a figure named from outside its chapter. */
export function figureInChapter(lang: Lang, chapter: string, number: string): string {
  return t(lang, 'figure.inChapter', { chapter, figure: figureLabel(lang, number) });
}

/** A text written into HTML by hand (set:html, a string of markup): & < > escaped, quotes kept as they are written. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
