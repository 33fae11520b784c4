/**
 * How the chapters cite, read from the MDX without building: an original source
 * that a report quotes is cited through that report, and such a citation says
 * where; the sections a locator names are headed so in the report; a figure
 * taken from an older work is not dated by the report that quotes it; and the
 * figures a fact-check traced to an original stay cited to it. (That a locator
 * names a section its source lists is the chapter check's: see locator-sections.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx, walk, type MdxNode } from '../../src/chapters/parse-mdx.ts';
import { registry } from '../../src/data/datasets.ts';
import { report } from '../../src/report/report.ts';

const SOURCES_DIR = path.resolve(process.env.REPORT_SOURCES_DIR ?? '../shared/sources');
const CHAPTERS = fs
  .readdirSync('content')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `content/${file}`);
/** The list on the sources page cites each original alone, so that it appears in the references. */
const ORIGINALS_LIST = { file: 'content/sources-and-methods.mdx', section: 'The original sources they quote' };

interface CiteUse {
  at: string;
  /** The level-2 heading the citation stands under. */
  section: string;
  attributes: Record<string, string>;
}

const textOf = (node: MdxNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

function citesOf(source: string, file: string): CiteUse[] {
  const cites: CiteUse[] = [];
  let section = '';
  walk(parseMdx(source, file), (node) => {
    if (node.type === 'heading' && node.depth === 2) section = textOf(node);
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Cite') return;
    const attributes: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.name && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
    }
    cites.push({ at: `${file}:${node.position?.start.line ?? 0}`, section, attributes });
  });
  return cites;
}

const kindOf = (key: string | undefined) => (key === undefined ? undefined : registry.bibliography.get(key)?.kind);

/** A <Cite> of an original with no via=, outside the list of originals on the sources page. */
function originalsWithoutVia(source: string, file: string): string[] {
  return citesOf(source, file)
    .filter(({ attributes }) => kindOf(attributes.source) === 'original' && attributes.via === undefined)
    .filter(({ section }) => !(file === ORIGINALS_LIST.file && section === ORIGINALS_LIST.section))
    .map(({ at, attributes }) => `${at}: <Cite source="${attributes.source}"> names an original without via="<report>"`);
}

/** A <Cite via=…> with neither a place in the original nor a place in the report. */
function throughReportWithoutPlace(source: string, file: string): string[] {
  return citesOf(source, file)
    .filter(({ attributes }) => attributes.via !== undefined && attributes.locator === undefined && attributes.viaLocator === undefined)
    .map(({ at, attributes }) => `${at}: <Cite source="${attributes.source}" via="${attributes.via}"> gives no locator or viaLocator`);
}

/**
 * "by the time of the 2013 report" or "when the 2013 report was written" in a
 * sentence whose citation is an original older than that report: the figure
 * dates from the original, not from the report that quotes it.
 */
function datedByLaterReport(source: string, file: string): string[] {
  const problems: string[] = [];
  for (const match of source.matchAll(/(?:by|at) the time of the (\d{4}) report|when the (\d{4}) report was written/g)) {
    const year = Number(match[1] ?? match[2]);
    let end = match.index + match[0].length;
    for (let inTag = false; end < source.length; end += 1) {
      if (source[end] === '<') inTag = true;
      else if (source[end] === '>') inTag = false;
      else if (source[end] === '.' && !inTag) break;
    }
    for (const [, key] of source.slice(match.index, end).matchAll(/<Cite source="([^"]+)"/g)) {
      const original = registry.bibliography.get(key!);
      if (original?.kind === 'original' && original.year !== undefined && Number(original.year) < year) {
        const line = source.slice(0, match.index).split('\n').length;
        problems.push(`${file}:${line}: "${match[0]}" dates a figure cited to ${key}; say when the original gives it`);
      }
    }
  }
  return problems;
}

const everyChapter = (check: (source: string, file: string) => string[]) => CHAPTERS.flatMap((file) => check(fs.readFileSync(file, 'utf8'), file));

describe('citing an original through the report that quotes it', () => {
  it('finds an original cited alone, beside its report or in the list of originals', () => {
    const chapter = [
      'The 2012 counts <Cite source="azerbaijan-migration-center-2010" locator="p. 5" /> <Cite source="rumyansev-2013" locator="footnote 12" />.',
      'Through the note <Cite source="azerbaijan-migration-center-2010" locator="p. 5" via="rumyansev-2013" viaLocator="footnote 9" />.',
    ].join('\n\n');
    expect(originalsWithoutVia(chapter, 'content/x.mdx')).toEqual([
      'content/x.mdx:1: <Cite source="azerbaijan-migration-center-2010"> names an original without via="<report>"',
    ]);
    const list = `## ${ORIGINALS_LIST.section}\n\n- \`abbasov-2011\` <Cite source="abbasov-2011" />\n\n## Next\n\nA fee <Cite source="abbasov-2011" />.`;
    expect(originalsWithoutVia(list, ORIGINALS_LIST.file)).toEqual([
      `${ORIGINALS_LIST.file}:7: <Cite source="abbasov-2011"> names an original without via="<report>"`,
    ]);
  });

  it('every chapter cites originals with via=', () => {
    expect(everyChapter(originalsWithoutVia)).toEqual([]);
  });

  it('finds a citation through a report that says nowhere where', () => {
    expect(throughReportWithoutPlace('Counts <Cite source="yunusov-2009" via="yunusov-2013" />.', 'content/x.mdx')).toEqual([
      'content/x.mdx:1: <Cite source="yunusov-2009" via="yunusov-2013"> gives no locator or viaLocator',
    ]);
    expect(throughReportWithoutPlace('Counts <Cite source="yunusov-2009" locator="pp. 231–232" via="yunusov-2013" />.', 'content/x.mdx')).toEqual([]);
  });

  it('every citation through a report gives a locator or a viaLocator', () => {
    expect(everyChapter(throughReportWithoutPlace)).toEqual([]);
  });
});

describe('dates of figures taken from older works', () => {
  it('finds a figure of a 2009 book dated by the 2013 report that quotes it', () => {
    const chapter =
      'Over 12,000 in 2001 but about 2,000 by the time of the 2013 report <Cite source="yunusov-2009" locator="pp. 217–221" via="yunusov-2013" />.\n\nStill tense when the 2013 report was written <Cite source="yunusov-2013" />.';
    expect(datedByLaterReport(chapter, 'content/x.mdx')).toEqual([
      'content/x.mdx:1: "by the time of the 2013 report" dates a figure cited to yunusov-2009; say when the original gives it',
    ]);
  });

  it('no chapter dates a figure by a report later than the original it is cited to', () => {
    expect(everyChapter(datedByLaterReport)).toEqual([]);
  });
});

/**
 * Figures that a report takes from a work it names, each pinned to that work:
 * the cites of the clause that holds the phrase (up to the next blank line or
 * list item) must include these, and must not include the keys in `not`.
 */
const TRACED: { file: string; phrase: RegExp; cites: Record<string, string>[]; not?: string[] }[] = [
  ...['abroad', 'legal-migration'].map((chapter) => ({
    file: `content/${chapter}.mdx`,
    phrase: /"Salyan Asia"/,
    cites: ['shakhinoglu-2007', 'mukhtarly-2007', 'salyanskaiia-2007'].map((source) => ({ source, via: 'yunusov-2013' })),
  })),
  { file: 'content/abroad.mdx', phrase: /\(almost 17 per cent\)/, cites: [{ source: 'vendina-2005', locator: 'pp. 69–70', via: 'yunusov-2013' }] },
  ...['abroad', 'irregular-migration'].map((chapter) => ({
    file: `content/${chapter}.mdx`,
    phrase: /12,000\*{0,2}\s+Azerbaijanis/,
    cites: [{ source: 'yunusov-2003', locator: 'p. 131', via: 'yunusov-2013' }],
  })),
  { file: 'content/displacement.mdx', phrase: /\b76\b/, cites: [{ source: 'azerbaijan-awaits-2012', via: 'yunusov-2013' }] },
  { file: 'content/displacement.mdx', phrase: /2,000\*{0,2} remained/, cites: [{ source: 'yunusov-2009', locator: 'pp. 217–221', via: 'yunusov-2013' }] },
  { file: 'content/trafficking.mdx', phrase: /23 victims were taken to Turkey/, cites: [{ source: 'azerbaijan-migration-center-2010', via: 'rumyansev-2013', viaLocator: 'footnote 9' }] },
  {
    file: 'content/trafficking.mdx',
    phrase: /19 for Turkey/,
    cites: [{ source: 'trend-az-mia-trafficking', via: 'rumyansev-2013', viaLocator: 'footnote 12' }],
    not: ['azerbaijan-migration-center-2010'],
  },
  // The 2016 report gives the 2009 count with no footnote: it is cited to the report, not to the US report before it.
  { file: 'content/trafficking.mdx', phrase: /\*\*220 victims\*\*/, cites: [{ source: 'shahgaldiyev-2016' }], not: ['us-tip-report-2011'] },
];

describe('figures traced to the original a report names', () => {
  for (const { file, phrase, cites, not = [] } of TRACED) {
    it(`${file}: every ${phrase} is cited to ${cites.map((cite) => cite.source).join(', ')}`, () => {
      const source = fs.readFileSync(file, 'utf8');
      const matches = [...source.matchAll(new RegExp(phrase, 'g'))];
      expect(matches.length, `${phrase} in ${file}`).toBeGreaterThan(0);
      for (const match of matches) {
        const rest = source.slice(match.index);
        const stop = rest.search(/\n\s*\n|\n- /);
        const clause = stop === -1 ? rest : rest.slice(0, stop);
        const found = citesOf(clause, file).map((cite) => cite.attributes);
        for (const expected of cites) expect(found, `${file}: ${match[0]}`).toContainEqual(expect.objectContaining(expected));
        expect(found.map((cite) => cite.source).filter((key) => not.includes(key!))).toEqual([]);
      }
    });
  }
});

/** "Table 1. International migration (thousands persons)⁷" -> "International migration (thousands persons)". */
const headingOf = (line: string) =>
  line
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/gu, '')
    .replace(/[*_]/g, '')
    .replace(/^#+\s*/, '')
    .replace(/^(?:Table|Figure) \d+\.\s*/, '')
    .trim();

describe.runIf(fs.existsSync(SOURCES_DIR))('the sections each report lists, against the report texts', () => {
  const files = report.sourceTexts?.files ?? {};
  const listed = report.bibliography.filter((source) => source.sections !== undefined);

  it('the reports cited by section name list their sections', () => {
    expect(listed.map((source) => source.key).sort()).toEqual(['icmpd-2023', 'shahgaldiyev-2016', 'yunusov-2013']);
  });

  it('every listed section is a heading of the report, as the report writes it', () => {
    const problems = listed.flatMap((source) => {
      const headings = new Set((files[source.key] ?? []).flatMap((file) => fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8').split('\n').map(headingOf)));
      return (source.sections ?? []).filter((name) => !headings.has(name)).map((name) => `${source.key}: “${name}” is not a heading of the report`);
    });
    expect(problems).toEqual([]);
  });
});
