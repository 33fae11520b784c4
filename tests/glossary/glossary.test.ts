/**
 * The glossary: each entry checked (shape, unique id, citation key known),
 * <Term id> checked by the chapter analysis at its line, synonyms of a term
 * found in the prose as warnings, and the glossary page's order and uses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGlossary, glossaryById, loadGlossary } from '../../src/glossary/glossary.ts';
import { synonymWarnings } from '../../src/glossary/synonyms.ts';
import { glossaryLetters } from '../../src/glossary/glossary-page.ts';
import { termDefinitionId } from '../../src/glossary/term-ids.ts';
import { analyseChapterSource } from '../../src/chapters/analyse-chapter.ts';
import { checkChapters } from '../../src/chapters/check-sources.ts';
import { parseMdx } from '../../src/chapters/parse-mdx.ts';
import { createRegistry } from '../../src/data/registry.ts';
import { reportConfigSchema } from '../../src/report/report-schema.ts';
import { defineGlossary, type GlossaryTermInput } from '../../src/schemas/index.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography } from '../data/fixture-dataset.ts';
import { problemsOf } from '../problems-of.ts';

const FILE = 'content/glossary.ts';

const term = (overrides: Partial<GlossaryTermInput> = {}): GlossaryTermInput => ({
  id: 'net-migration',
  term: 'net migration',
  definition: 'Arrivals minus departures in a year.',
  source: 'icmpd-2023',
  locator: 'section 10.3',
  basis: 'defined',
  ...overrides,
});

const terms = checkGlossary(
  defineGlossary([
    term({ synonyms: ['migration balance'] }),
    term({ id: 'irregular-migrant', term: 'irregular migrant', basis: 'usage', synonyms: ['illegal migrant', 'undocumented migrant'] }),
    term({ id: 'idp', term: 'internally displaced person (IDP)', basis: 'usage', synonyms: ['displaced person'] }),
    term({ id: 'trafficking', term: 'trafficking in human beings', basis: 'usage', synonyms: ['human trafficking'] }),
  ]),
  FILE,
  fixtureBibliography,
);
const glossary = glossaryById(terms);


describe('the glossary file', () => {
  it('accepts terms and gives each its synonyms, none by default', () => {
    expect(terms.map((entry) => entry.id)).toEqual(['net-migration', 'irregular-migrant', 'idp', 'trafficking']);
    expect(checkGlossary([term()], FILE, fixtureBibliography)[0]?.synonyms).toEqual([]);
  });

  it('names the file and the term of an unknown citation key, with the key meant', () => {
    const problems = problemsOf(() => checkGlossary([term({ source: 'icmpd-2032' })], FILE, fixtureBibliography));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/glossary\.ts, term "net-migration": citation key "icmpd-2032" is not in the bibliography; did you mean "icmpd-2023"\?/);
  });

  it('lists every problem at once: missing fields, a bad id or basis, a repeated id, a synonym that is a term', () => {
    const problems = problemsOf(() =>
      checkGlossary(
        [
          { ...term(), definition: undefined },
          term({ id: 'Net Migration' }),
          term({ basis: 'guess' as 'usage' }),
          term({ id: 'stock', term: 'stock' }),
          term({ id: 'stock', term: 'stock of migrants' }),
          term({ id: 'flow', term: 'flow', synonyms: ['stock', 'flow'] }),
        ],
        FILE,
        fixtureBibliography,
      ),
    );
    expect(problems).toEqual([
      `${FILE}, term "net-migration": "definition": Invalid input: expected string, received undefined`,
      `${FILE}, term "Net Migration": "id": expected lower-case words joined by hyphens, e.g. "net-migration"`,
      `${FILE}, term "net-migration": "basis": Invalid option: expected one of "defined"|"usage"`,
      `${FILE}, term "stock": the id is already used by term number 4; give each term its own id`,
      `${FILE}, term "flow": "flow" is the term itself; synonyms are the names chapters should not use`,
    ]);
  });

  it('names a synonym that is another term', () => {
    expect(problemsOf(() => checkGlossary([term(), term({ id: 'flow', term: 'flow', synonyms: ['Net migration'] })], FILE, fixtureBibliography))).toEqual([
      `${FILE}, term "flow": the synonym "Net migration" is the name of the term "net-migration"`,
    ]);
  });

  it('expects a default export made with defineGlossary', () => {
    expect(problemsOf(() => checkGlossary({ terms: [] }, FILE, fixtureBibliography))).toEqual([
      `${FILE}: expected a default export made with defineGlossary([ … ]) from "report-site/schema"`,
    ]);
  });

  it('is named in the report config by its file, which must exist', async () => {
    const config = { title: 'T', description: 'D', slug: 't', edition: { version: '1', date: '2026-01-01' }, authors: ['A'], lang: 'en', sidebar: [{ label: 'O', link: '/' }], bibliography: [{ key: 'a-2020', kind: 'report' as const, author: 'A', shortAuthor: 'A', title: 'T' }] };
    expect(reportConfigSchema.safeParse({ ...config, glossary: 'content/glossary.ts' }).success).toBe(true);
    expect(reportConfigSchema.safeParse({ ...config, glossary: 'content/glossary.json' }).error?.issues[0]?.message).toBe('expected the glossary file, e.g. "content/glossary.ts"');
    const report = reportConfigSchema.parse({ ...config, glossary: 'content/no-glossary.ts' });
    await expect(loadGlossary(report, { root: '.', configFile: 'content/report.config.ts' })).rejects.toThrow(
      'content/report.config.ts: "glossary": no file content/no-glossary.ts',
    );
    expect(await loadGlossary(reportConfigSchema.parse(config), { root: '.', configFile: 'content/report.config.ts' })).toEqual({ terms: [] });
  });
});

describe('<Term> in a chapter', () => {
  const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, '.', glossary);
  const chapter = (body: string) => ['---', 'title: Example', '---', "import { Term } from 'report-site/components';", '', body].join('\n');

  it('records the terms a chapter marks, with their lines', () => {
    const analysis = analyseChapterSource(chapter('The <Term id="net-migration">net migration</Term> of 2008.\n\nMore <Term id="idp">IDPs</Term>.'), 'content/a.mdx', registry);
    expect(analysis.terms).toEqual([
      { id: 'net-migration', line: 6 },
      { id: 'idp', line: 8 },
    ]);
  });

  it('stops at the line of an unknown id, a missing id or an unknown attribute', () => {
    expect(
      problemsOf(() =>
        analyseChapterSource(
          chapter('A <Term id="net-migraton">net migration</Term>.\n\nB <Term>stock</Term>.\n\nC <Term id="idp" title="x">IDP</Term>.'),
          'content/a.mdx',
          registry,
        ),
      ),
    ).toEqual([
      'content/a.mdx:6, <Term id="net-migraton">: no term "net-migraton" in the glossary; did you mean "net-migration"? (terms: net-migration, irregular-migrant, idp, trafficking)',
      'content/a.mdx:8, <Term>: give the term\'s id as plain text, e.g. <Term id="net-migration">net migration</Term>',
      'content/a.mdx:10, <Term id="idp">: unknown attribute "title"; a <Term> takes id',
    ]);
  });

  it('says so when the report has no glossary', () => {
    const bare = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, '.');
    expect(problemsOf(() => analyseChapterSource(chapter('A <Term id="idp">IDP</Term>.'), 'content/a.mdx', bare))).toEqual([
      "content/a.mdx:6, <Term id=\"idp\">: the report has no glossary; name its file in the report config, e.g. glossary: 'content/glossary.ts'",
    ]);
  });

  it('gives each definition on a page its own id, in the order the terms render', () => {
    const page = {};
    expect([termDefinitionId(page, 'idp'), termDefinitionId(page, 'stock'), termDefinitionId(page, 'idp')]).toEqual(['term-definition-idp', 'term-definition-stock', 'term-definition-idp-2']);
    expect(termDefinitionId({}, 'idp')).toBe('term-definition-idp');
  });
});

describe('one word for one concept', () => {
  const warningsOf = (body: string) => synonymWarnings(parseMdx(['---', 'title: T', '---', '', body].join('\n'), 'content/a.mdx'), 'content/a.mdx', glossary);

  it('warns at each use of a synonym in the prose, with its line and the term to write', () => {
    expect(warningsOf('In 2008, 15,000 illegal migrants were counted.\n\nThe migration\nbalance rose, and so did human trafficking.')).toEqual([
      'content/a.mdx:5: "illegal migrants" names the glossary\'s "irregular migrant" (irregular-migrant) by another word ("illegal migrant"); write "irregular migrant", one word for one concept',
      'content/a.mdx:7: "migration balance" names the glossary\'s "net migration" (net-migration) by another word ("migration balance"); write "net migration", one word for one concept',
      'content/a.mdx:8: "human trafficking" names the glossary\'s "trafficking in human beings" (trafficking) by another word ("human trafficking"); write "trafficking in human beings", one word for one concept',
    ]);
  });

  it('leaves quotations, names in title case, code, <Term> and the terms’ own names alone', () => {
    expect(
      warningsOf(
        [
          'The ministry spoke of “illegal migrants” and "undocumented migrants".',
          '',
          'The Trafficking in Persons report, the Human Trafficking Unit and `human trafficking`.',
          '',
          'Internally displaced persons are <Term id="irregular-migrant">illegal migrants</Term> here; an illegal migration route.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('is printed by the chapter check without failing it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-'));
    fs.writeFileSync(path.join(dir, 'one.mdx'), '---\ntitle: One\ndescription: A chapter.\n---\n\nSome displaced persons.\n');
    const warnings: string[] = [];
    const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, '.', glossary);
    expect(checkChapters({ contentDir: dir, content: 'content' }, registry, warnings)).toEqual([]);
    expect(warnings).toEqual([
      'content/one.mdx:6: "displaced persons" names the glossary\'s "internally displaced person (IDP)" (idp) by another word ("displaced person"); write "internally displaced person (IDP)", one word for one concept',
    ]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('the glossary page', () => {
  it('lists the terms alphabetically by letter, each with the chapters that mark it in reading order', () => {
    const chapters = [
      { path: '/b/', title: 'B chapter', analysis: { terms: [{ id: 'idp', line: 3 }] } },
      { path: '/a/', title: 'A chapter', analysis: { terms: [{ id: 'idp', line: 9 }, { id: 'net-migration', line: 4 }] } },
    ];
    const letters = glossaryLetters(terms, chapters, [{ slug: 'a' }, { slug: 'b' }], 'en');
    expect(letters.map((group) => [group.letter, group.slug, group.entries.map((entry) => entry.id)])).toEqual([
      ['I', 'letter-i', ['idp', 'irregular-migrant']],
      ['N', 'letter-n', ['net-migration']],
      ['T', 'letter-t', ['trafficking']],
    ]);
    expect(letters[0]?.entries[0]?.usedIn).toEqual([
      { path: '/a/', title: 'A chapter' },
      { path: '/b/', title: 'B chapter' },
    ]);
    expect(letters[2]?.entries[0]?.usedIn).toEqual([]);
  });
});
