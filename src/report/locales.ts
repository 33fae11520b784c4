/**
 * The report's languages as Starlight takes them: its own language at the
 * root, each other in a folder of its name (content/az/ -> /az/), each
 * labelled in its own language for the language switcher.
 */
import type { ReportConfig } from './report-schema.ts';
import { reportLanguages } from './report-schema.ts';
import { languageOf, t } from '../i18n/index.ts';

export function starlightLocales(report: Pick<ReportConfig, 'lang' | 'translations'>): Record<string, { label: string; lang: string }> {
  const [own, ...others] = reportLanguages(report);
  return {
    root: { label: t(languageOf(own!), 'language.name'), lang: report.lang },
    ...Object.fromEntries(others.map((lang) => [lang, { label: t(languageOf(lang), 'language.name'), lang }])),
  };
}

/** The report's title in `lang`. */
export function reportTitleIn(report: Pick<ReportConfig, 'title' | 'translations'>, lang: string): string {
  return report.translations[lang]?.title ?? report.title;
}
