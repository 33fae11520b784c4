/**
 * The language of the page being made, for engine components and routes:
 * Astro's locale of the page's address (Starlight gives Astro its locales),
 * else the report's language. Components read it once and pass it on as a
 * prop or a parameter; nothing keeps it between pages.
 */
import { report } from '../report/report.ts';
import { reportLanguages } from '../report/report-schema.ts';
import { languageOf, type Lang } from './index.ts';

export function pageLang(astro: { currentLocale?: string | undefined }): Lang {
  return languageOf(astro.currentLocale ?? report.lang);
}

/** The report's own language: that of the pages at the site's root (and of what is listed before a page exists). */
export function reportLang(): Lang {
  return languageOf(report.lang);
}

/** Every language the report is published in, its own first. */
export function reportLangs(): Lang[] {
  return reportLanguages(report).map(languageOf);
}

/**
 * The language of an engine route, from its pattern ("/az/figures/[id]/" is
 * Azerbaijani): for getStaticPaths, which runs before any page has an address.
 */
export function routeLang(routePattern: string): Lang {
  const first = routePattern.split('/').find((segment) => segment !== '');
  return reportLangs().slice(1).find((lang) => lang === first) ?? reportLang();
}

/** The report's title and description in `lang`. */
export function reportIn(lang: Lang): { title: string; description: string } {
  return lang === reportLang() ? { title: report.title, description: report.description } : (report.translations[lang] ?? report);
}

/** "" for the report's own language, "az/" for another: what follows the base path in a page's address. */
export function langPath(lang: Lang): string {
  return lang === reportLang() ? '' : `${lang}/`;
}

/** The address of the home page in `lang` under the base path: "/", "/az/", "/base/az/". */
export function homePath(base: string, lang: Lang): string {
  return `${base.replace(/\/?$/, '/')}${langPath(lang)}`;
}
