/**
 * The language of the page being made, for engine components and routes:
 * Astro's locale of the page's address (Starlight gives Astro its locales),
 * else the report's language. Components read it once and pass it on as a
 * prop or a parameter; nothing keeps it between pages.
 */
import { report } from '../report/report.ts';
import { languageOf, type Lang } from './index.ts';

export function pageLang(astro: { currentLocale?: string | undefined }): Lang {
  return languageOf(astro.currentLocale ?? report.lang);
}

/** The report's own language: that of the pages at the site's root (and of what is listed before a page exists). */
export function reportLang(): Lang {
  return languageOf(report.lang);
}
