/**
 * Ready citations, as plain text and BibTeX: for one figure and for the whole
 * report. The date is the edition's, set once in the report config, never the
 * build time, so builds stay byte-identical.
 */
import type { Source } from '../schemas/source.ts';
import { fullReference } from '../bibliography/bibliography.ts';
import { figureTitle, t, type Lang } from '../i18n/index.ts';
import { formatDate, formatList } from '../i18n/format.ts';

export interface Edition {
  version: string;
  /** 2026-12-02 */
  date: string;
}

export interface ReportIdentity {
  title: string;
  slug: string;
  authors: readonly string[];
  edition: Edition;
  /** The site's address, e.g. https://example.org/ (with its base path). */
  url: string;
}

export interface FigureIdentity {
  id: string;
  number: string;
  title: string;
  chapterTitle: string;
  permalink: string;
  source: Source;
  via?: Source;
  locator: string;
}

export interface Citation {
  text: string;
  bibtex: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Edition 1.0, 2 December 2026": the edition as the citations and the PDF's cover give it. */
export function editionLine(edition: Edition, lang: Lang): string {
  return t(lang, 'citation.edition', { version: edition.version, date: formatDate(edition.date, lang) });
}

export function reportCitation(report: ReportIdentity, lang: Lang): Citation {
  const { edition } = report;
  const year = edition.date.slice(0, 4);
  return {
    text: t(lang, 'citation.report', { authors: formatList(report.authors, lang), year, title: report.title, version: edition.version, date: formatDate(edition.date, lang), url: report.url }),
    bibtex: bibtex('misc', report.slug, {
      author: report.authors.map((author) => `{${author}}`).join(' and '),
      title: `{${report.title}}`,
      year,
      month: MONTHS[Number(edition.date.slice(5, 7)) - 1] ?? '',
      edition: edition.version,
      url: report.url,
      note: editionLine(edition, lang),
    }),
  };
}

export function figureCitation(report: ReportIdentity, figure: FigureIdentity, lang: Lang): Citation {
  const { edition } = report;
  const year = edition.date.slice(0, 4);
  const name = figureTitle(lang, figure.number, figure.title);
  const via = figure.via ? t(lang, 'citation.via', { via: fullReference(figure.via, lang) }) : '';
  const data = `${fullReference(figure.source, lang)}${via} (${figure.locator}).`;
  return {
    text: t(lang, 'citation.figure', {
      authors: formatList(report.authors, lang),
      year,
      figure: name,
      title: report.title,
      chapter: figure.chapterTitle,
      version: edition.version,
      date: formatDate(edition.date, lang),
      permalink: figure.permalink,
      data,
    }),
    bibtex: bibtex('misc', `${report.slug}-${figure.id}`, {
      author: report.authors.map((author) => `{${author}}`).join(' and '),
      title: `{${name}}`,
      howpublished: `{${report.title}}, ${figure.chapterTitle}`,
      year,
      month: MONTHS[Number(edition.date.slice(5, 7)) - 1] ?? '',
      edition: edition.version,
      url: figure.permalink,
      note: t(lang, 'citation.dataNote', { data }),
    }),
  };
}

/** A dataset as its citation names it: its title, its page, and the source of its numbers. */
export interface DatasetIdentity {
  id: string;
  title: string;
  permalink: string;
  source: Source;
  via?: Source;
  locator: string;
}

/** "Cite this dataset": the dataset in the edition being read, with the source of its numbers. */
export function datasetCitation(report: ReportIdentity, dataset: DatasetIdentity, lang: Lang): Citation {
  const { edition } = report;
  const year = edition.date.slice(0, 4);
  const via = dataset.via ? t(lang, 'citation.via', { via: fullReference(dataset.via, lang) }) : '';
  const data = `${fullReference(dataset.source, lang)}${via} (${dataset.locator}).`;
  return {
    text: t(lang, 'citation.dataset', { authors: formatList(report.authors, lang), year, dataset: dataset.title, title: report.title, version: edition.version, date: formatDate(edition.date, lang), permalink: dataset.permalink, data }),
    bibtex: bibtex('misc', `${report.slug}-${dataset.id}`, {
      author: report.authors.map((author) => `{${author}}`).join(' and '),
      title: `{${dataset.title}}`,
      howpublished: `{${report.title}}`,
      year,
      month: MONTHS[Number(edition.date.slice(5, 7)) - 1] ?? '',
      edition: edition.version,
      url: dataset.permalink,
      note: t(lang, 'citation.dataNote', { data }),
    }),
  };
}

// Month is a BibTeX macro (no braces); a url is taken as written; every
// other field is braced, with BibTeX's special characters escaped.
function bibtex(type: string, key: string, fields: Record<string, string>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value)
    .map(([name, value]) => `  ${name} = ${name === 'month' ? value : name === 'url' ? `{${value}}` : `{${escapeBibtex(value)}}`},`);
  return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

function escapeBibtex(value: string): string {
  return value.replace(/([&%$#_])/g, '\\$1');
}
