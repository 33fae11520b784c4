/**
 * What the engine hands Starlight's i18n collection (content/collections.ts):
 * the interface texts of Starlight, Pagefind and Expressive Code, by their keys.
 */
import { i18nSchema } from '@astrojs/starlight/schema';
import { dictionaries, type Lang } from './index.ts';

/** Starlight's own keys (its interface, Pagefind's, Expressive Code's); Pagefind has more than Starlight's schema names. */
const STARLIGHT_KEYS = new Set(Object.keys(i18nSchema().shape));
export const isInterfaceKey = (key: string): boolean => STARLIGHT_KEYS.has(key) || key.startsWith('pagefind.');

/**
 * The interface texts of Starlight, Pagefind and Expressive Code in a language,
 * from the engine's dictionary (src/i18n/). English is the language they ship,
 * and en.ts holds their English as shipped, so English hands them nothing and
 * its pages read exactly as Starlight and Pagefind write them.
 */
export function interfaceTexts(lang: Lang): Record<string, string> {
  if (lang === 'en') return {};
  return Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => isInterfaceKey(key)));
}

