import { describe, expect, it } from 'vitest';
import { parseReportConfig } from '../../src/report/load-report-config.ts';
import realConfig from '../../content/report.config.ts';
import { problemsOf as problemsOfRun } from '../problems-of.ts';

const good = {
  title: 'A report',
  description: 'What it is about.',
  slug: 'a-report',
  edition: { version: '1.0', date: '2026-01-31' },
  authors: ['An Author'],
  lang: 'az',
  sidebar: [{ label: 'Home', link: '/' }, { label: 'One', slug: 'one' }],
  bibliography: [{ key: 'an-author-2020', kind: 'report', author: 'Author, An', shortAuthor: 'Author', year: '2020', title: 'A source' }],
};

const problemsOf = (input: unknown) => problemsOfRun(() => parseReportConfig(input, 'content/report.config.ts'));

describe('report config', () => {
  it('accepts a complete config and the real report', () => {
    expect(parseReportConfig(good, 'x.ts').lang).toBe('az');
    expect(parseReportConfig({ ...good, lang: 'en-GB' }, 'x.ts').lang).toBe('en-GB');
    expect(parseReportConfig(realConfig, 'content/report.config.ts').slug).toBe('migration-in-azerbaijan');
  });

  it('names the file and the path to a bad value', () => {
    const problems = problemsOf({ ...good, edition: { version: '1.0', date: '31/01/2026' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/report\.config\.ts: "edition\.date": /);
  });

  it('refuses a language the engine has no words in, naming those it has', () => {
    const problems = problemsOf({ ...good, lang: 'fr' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/report\.config\.ts: "lang": the engine has words in "en" and "az" only/);
  });

  it('rejects a misspelt key', () => {
    const problems = problemsOf({ ...good, titel: 'typo' });
    expect(problems.join('\n')).toContain('titel');
    expect(problems[0]).toMatch(/^content\/report\.config\.ts: /);
  });

  it('names a bad bibliography entry by its index', () => {
    const problems = problemsOf({ ...good, bibliography: [{ ...good.bibliography[0], year: '20' }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/report\.config\.ts: "bibliography\.0\.year": /);
  });

  it('rejects a bad sidebar entry by its index', () => {
    const problems = problemsOf({ ...good, sidebar: [{ label: 'Home', link: 'no-slash' }] });
    expect(problems.join('\n')).toContain('"sidebar.0');
  });

  it('numbers figures by chapter unless told to number them through the report, and refuses another style', () => {
    expect(parseReportConfig(good, 'x.ts').figureNumbering).toBe('chapter');
    expect(parseReportConfig({ ...good, figureNumbering: 'report' }, 'x.ts').figureNumbering).toBe('report');
    expect(problemsOf({ ...good, figureNumbering: 'section' }).join('\n')).toContain('"figureNumbering"');
  });

  it('asks for the subtitle and disclaimer in each language of the report', () => {
    const translated = { ...good, lang: 'en', translations: { az: { title: 'Hesabat', description: 'Nə haqqındadır.' } }, sidebar: [{ label: 'Home', link: '/', translations: { az: 'Ev' } }] };
    expect(parseReportConfig({ ...translated, subtitle: 'A line' , translations: { az: { ...translated.translations.az, subtitle: 'Bir sətir' } } }, 'x.ts').subtitle).toBe('A line');
    const problems = problemsOf({ ...translated, disclaimer: 'Not official statistics.' });
    expect(problems.join('\n')).toContain('"translations.az.disclaimer"');
  });
});
