/**
 * Ready citations, as plain text and BibTeX: for one figure and for the whole
 * report. The date is the edition's, set once in the report config, never the
 * build time, so builds stay byte-identical.
 */
import type { Source } from '../schemas/source.ts';
import { fullReference } from '../bibliography/bibliography.ts';

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
  number: number;
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

/** "2 December 2026", written the same on every machine. */
export function editionDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const name = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return `${day} ${name} ${year}`;
}

export function reportCitation(report: ReportIdentity): Citation {
  const { edition } = report;
  const year = edition.date.slice(0, 4);
  return {
    text: `${authorList(report.authors)} (${year}). ${report.title}, edition ${edition.version}, ${editionDate(edition.date)}. ${report.url}`,
    bibtex: bibtex('misc', report.slug, {
      author: report.authors.map((author) => `{${author}}`).join(' and '),
      title: `{${report.title}}`,
      year,
      month: MONTHS[Number(edition.date.slice(5, 7)) - 1] ?? '',
      edition: edition.version,
      url: report.url,
      note: `Edition ${edition.version}, ${editionDate(edition.date)}`,
    }),
  };
}

export function figureCitation(report: ReportIdentity, figure: FigureIdentity): Citation {
  const { edition } = report;
  const year = edition.date.slice(0, 4);
  const name = `Figure ${figure.number}. ${figure.title}`;
  const data = `${fullReference(figure.source)}${figure.via ? ` As reproduced in ${fullReference(figure.via)}` : ''} (${figure.locator}).`;
  return {
    text: `${authorList(report.authors)} (${year}). ${name}. In ${report.title}, ${figure.chapterTitle}, edition ${edition.version}, ${editionDate(edition.date)}. ${figure.permalink}. Data: ${data}`,
    bibtex: bibtex('misc', `${report.slug}-${figure.id}`, {
      author: report.authors.map((author) => `{${author}}`).join(' and '),
      title: `{${name}}`,
      howpublished: `{${report.title}}, ${figure.chapterTitle}`,
      year,
      month: MONTHS[Number(edition.date.slice(5, 7)) - 1] ?? '',
      edition: edition.version,
      url: figure.permalink,
      note: `Data: ${data}`,
    }),
  };
}

function authorList(authors: readonly string[]): string {
  return authors.length <= 2 ? authors.join(' and ') : `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
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
