/**
 * Editions and corrections without a build: the config's list of editions, the
 * edition that publishes each correction, the edition in which a dataset last
 * changed, <Correction> notes in a chapter, and what the Editions and
 * corrections page lists.
 */
import { describe, expect, it } from 'vitest';
import { parseReportConfig } from '../../src/report/load-report-config.ts';
import { chapterCorrectionProblems, datasetEdition, datasetEditionProblems, editionOf } from '../../src/editions/edition-of.ts';
import { editionsList } from '../../src/editions/editions-list.ts';
import { currentPageOf } from '../../src/editions/edition-build-settings.ts';
import { analyseChapterSource } from '../../src/chapters/analyse-chapter.ts';
import { createRegistry } from '../../src/data/registry.ts';
import { datasetJson } from '../../src/data/downloads.ts';
import { FIXTURES, fixtureBibliography, fixtureDataset } from '../data/fixture-dataset.ts';
import { problemsOf } from '../problems-of.ts';

const base = {
  title: 'A report',
  description: 'What it is about.',
  slug: 'a-report',
  authors: ['An Author'],
  lang: 'en',
  translations: { az: { title: 'Hesabat', description: 'Nə haqqında.' } },
  sidebar: [{ label: 'Home', link: '/', translations: { az: 'Əsas' } }],
  bibliography: [{ key: 'an-author-2020', kind: 'report', author: 'Author, An', shortAuthor: 'Author', year: '2020', title: 'A source' }],
};
const first = { version: '1.0', date: '2027-01-10', changes: 'First edition.', translations: { az: { changes: 'Birinci nəşr.' } } };
const second = { version: '1.1', date: '2027-03-01', changes: 'Corrected the 2019 value.', translations: { az: { changes: '2019-cu il rəqəmi düzəldildi.' } } };
const editions = [first, second].map((edition) => ({ ...edition }));
const configProblems = (input: unknown) => problemsOf(() => parseReportConfig(input, 'content/report.config.ts'));

describe('the editions of the report config', () => {
  it('makes the last edition listed the current one', () => {
    const config = parseReportConfig({ ...base, editions: [first, second] }, 'x.ts');
    expect(config.edition.version).toBe('1.1');
    expect(config.editions.map((edition) => edition.version)).toEqual(['1.0', '1.1']);
  });

  it('takes a single edition as the only one', () => {
    const config = parseReportConfig({ ...base, edition: { version: '0.1', date: '2026-12-02' } }, 'x.ts');
    expect(config.editions).toEqual([{ version: '0.1', date: '2026-12-02', translations: {} }]);
  });

  it('refuses both forms, editions out of order, a repeated version and a summary missing in a language', () => {
    expect(configProblems({ ...base, edition: first, editions: [first] })).toEqual(['content/report.config.ts: "editions": give either edition (the one edition) or editions (every edition, oldest first), not both and not neither']);
    expect(configProblems({ ...base, editions: [second, first] })).toEqual(['content/report.config.ts: "editions.1.date": edition 1.0 (2027-01-10) must come after edition 1.1 (2027-03-01): list editions oldest first']);
    expect(configProblems({ ...base, editions: [first, { ...second, version: '1.0' }] })).toEqual(['content/report.config.ts: "editions.1.version": edition 1.0 is listed twice']);
    expect(configProblems({ ...base, editions: [first, { ...second, translations: {} }] })).toEqual(['content/report.config.ts: "editions.1.translations.az": the changes of edition 1.1 need their words in "az", a language of the report (translations)']);
    expect(configProblems({ ...base, editions: [first, { version: '1.1', date: '2027-03-01' }] })).toEqual(['content/report.config.ts: "editions.1.changes": edition 1.1 needs its summary of changes (changes: \'…\'), shown on the Editions and corrections page']);
  });
});

describe('the edition of a change', () => {
  it('gives a correction to the first edition dated that day or later', () => {
    expect(editionOf('2027-01-10', editions, 'here').version).toBe('1.0');
    expect(editionOf('2027-01-11', editions, 'here').version).toBe('1.1');
    expect(problemsOf(() => editionOf('2027-03-02', editions, 'content/a.mdx:7'))).toEqual([
      'content/a.mdx:7: the correction of 2027-03-02 is later than the latest edition (1.1, 2027-03-01); add the edition that publishes it to editions in the report config',
    ]);
  });

  it('dates a dataset by its latest correction, else by the edition its entry names, else the first', () => {
    const dataset = { id: 'flows', file: 'remittances/flows.csv', corrections: [] };
    expect(datasetEdition(dataset, editions).version).toBe('1.0');
    expect(datasetEdition({ ...dataset, changedIn: '1.1' }, editions).version).toBe('1.1');
    expect(datasetEdition({ ...dataset, corrections: [{ date: '2027-02-01', note: 'n' }] }, editions).version).toBe('1.1');
    expect(problemsOf(() => datasetEdition({ ...dataset, changedIn: '2.0' }, editions))).toEqual([
      'data/remittances/flows.ts ("flows"): changedIn "2.0" is not an edition of the report; expected one of "1.0", "1.1"',
    ]);
  });
});

const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, '.');
const chapter = (body: string) => analyseChapterSource(['---', 'title: T', '---', "import { Correction } from 'report-site/components';", '', body].join('\n'), 'content/remittances.mdx', registry);

describe('the check of corrections against the editions (report-site check)', () => {
  it('lists every correction that no edition publishes, and every unknown edition a dataset names', () => {
    const late = { date: '2027-04-01', note: 'n' };
    expect(
      datasetEditionProblems(
        [
          { id: 'ok', file: 'a/ok.csv', corrections: [{ date: '2027-02-01', note: 'n' }] },
          { id: 'late', file: 'a/late.csv', corrections: [late, { ...late, date: '2027-05-01' }] },
          { id: 'named', file: 'a/named.csv', changedIn: '0.9', corrections: [] },
        ],
        editions,
      ),
    ).toEqual([
      'data/a/late.ts ("late"), corrections: the correction of 2027-05-01 is later than the latest edition (1.1, 2027-03-01); add the edition that publishes it to editions in the report config',
      'data/a/late.ts ("late"), corrections: the correction of 2027-04-01 is later than the latest edition (1.1, 2027-03-01); add the edition that publishes it to editions in the report config',
      'data/a/named.ts ("named"): changedIn "0.9" is not an edition of the report; expected one of "1.0", "1.1"',
    ]);
    expect(chapterCorrectionProblems('content/a.mdx', [{ date: '2027-02-01', line: 3 }, { date: '2027-03-02', line: 9 }], editions)).toEqual([
      'content/a.mdx:9, <Correction date="2027-03-02">: the correction of 2027-03-02 is later than the latest edition (1.1, 2027-03-01); add the edition that publishes it to editions in the report config',
    ]);
  });
});

describe('a <Correction> in a chapter', () => {
  it('is found with its date, line, anchor and words', () => {
    const analysis = chapter('Text.\n\n<Correction date="2027-02-01">\nThe 2019 value was **2.1**; the source gives 2.2.\n</Correction>');
    expect(analysis.corrections).toEqual([{ date: '2027-02-01', id: 'correction-2027-02-01', line: 8, text: 'The 2019 value was 2.1; the source gives 2.2.' }]);
  });

  it('needs a day written 2027-02-01, one note a day, and no other attribute', () => {
    expect(problemsOf(() => chapter('<Correction date="1 Feb 2027">x</Correction>'))).toEqual(['content/remittances.mdx:6, <Correction>: give the day of the correction as date="2027-01-15"']);
    expect(problemsOf(() => chapter('<Correction date="2027-02-01" by="me">x</Correction>'))).toEqual(['content/remittances.mdx:6, <Correction>: unknown attribute "by"; a <Correction> takes date']);
    expect(problemsOf(() => chapter('<Correction date="2027-02-01">x</Correction>\n\n<Correction date="2027-02-01">y</Correction>'))).toEqual([
      'content/remittances.mdx:8, <Correction date="2027-02-01">: the chapter has another correction of that day (line 6); write both in one note',
    ]);
  });
});

describe('the Editions and corrections page', () => {
  const corrected = { ...fixtureDataset(), corrections: [{ date: '2027-02-01', note: 'The 2019 value was 2.1.' }] };
  const list = (lang: string) =>
    editionsList({
      editions,
      reportLang: 'en',
      lang,
      chapters: [{ path: '/remittances/', title: 'Remittances', analysis: { file: 'content/remittances.mdx', corrections: [{ date: '2027-01-05', id: 'correction-2027-01-05', line: 9, text: 'A typo in a year.' }] } }],
      datasets: [{ dataset: corrected, text: { title: 'Fixture flows', corrections: corrected.corrections } }],
      langPrefix: lang === 'en' ? '' : `/${lang}`,
    });

  it('lists the editions newest first, each with its summary and the corrections it published, linked to where they were made', () => {
    expect(list('en')).toEqual([
      { version: '1.1', date: '2027-03-01', changes: 'Corrected the 2019 value.', current: true, corrections: [{ date: '2027-02-01', where: { kind: 'dataset', title: 'Fixture flows' }, path: '/data/fixture-flows/#corrections', text: 'The 2019 value was 2.1.' }] },
      { version: '1.0', date: '2027-01-10', changes: 'First edition.', current: false, corrections: [{ date: '2027-01-05', where: { kind: 'chapter', title: 'Remittances' }, path: '/remittances/#correction-2027-01-05', text: 'A typo in a year.' }] },
    ]);
    expect(list('az').map((edition) => edition.changes)).toEqual(['2019-cu il rəqəmi düzəldildi.', 'Birinci nəşr.']);
    expect(list('az')[0]?.corrections[0]?.path).toBe('/az/data/fixture-flows/#corrections');
  });

  it('gives each dataset download its last edition and its corrections', () => {
    const corrections = createRegistry([corrected], `${FIXTURES}/valid`, fixtureBibliography, '.');
    const json = JSON.parse(datasetJson(corrections.load(corrected), fixtureBibliography, 'en', editions));
    expect(json.lastChanged).toEqual({ edition: '1.1', date: '2027-03-01' });
    expect(json.corrections).toEqual([{ date: '2027-02-01', edition: '1.1', note: 'The 2019 value was 2.1.' }]);
  });
});

describe('the notice on an earlier edition', () => {
  const archived = { current: { version: '1.1', date: '2027-03-01' }, currentBase: '/report/', currentPages: ['', 'remittances/'] };
  it('links to the same page in the current edition, or to its home page when the page has gone', () => {
    expect(currentPageOf(archived, 'remittances/')).toBe('/report/remittances/');
    expect(currentPageOf(archived, 'old-chapter/')).toBe('/report/');
  });
});
