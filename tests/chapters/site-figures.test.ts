/**
 * Figure numbers and labels for <FigRef>, and the site-wide checks: ids used
 * twice, references to no figure (with the closest id), typed numbers in links
 * and misspelt <FigRef> attributes. No build, no browser.
 */
import { describe, expect, it } from 'vitest';
import { analyseChapterSource, type ChapterAnalysis } from '../../src/chapters/analyse-chapter.ts';
import { figureProblems, figureRefLink, siteFigures } from '../../src/chapters/site-figures.ts';
import { closestName, editDistance } from '../../src/chapters/closest-name.ts';
import { createRegistry } from '../../src/data/registry.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography } from '../data/fixture-dataset.ts';
import { problemsOf as problemsOfRun } from '../problems-of.ts';

const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, ".");
const figure = (id: string) => `<Figure id="${id}" dataset="fixture-flows" preset="line" x="year" y="usd_millions" title="Title of ${id}" description="D" />`;
const chapter = (file: string, ...blocks: string[]): ChapterAnalysis => analyseChapterSource(blocks.join('\n\n'), file, registry);

const problemsOf = (source: string) => problemsOfRun(() => analyseChapterSource(source, 'content/x.mdx', registry));

describe('figure numbers and <FigRef> labels', () => {
  const flows = chapter('content/flows.mdx', figure('inward'), 'Text with <FigRef id="outward" />.', figure('outward'));
  const other = chapter('content/other.mdx', 'See <FigRef id="outward" /> and <FigRef id="inward" />.');
  const figures = siteFigures([
    { path: '/flows/', title: 'Money flows', analysis: flows },
    { path: '/other/', title: 'Other matters', analysis: other },
  ]);

  it('collects each <FigRef> with its line', () => {
    expect(flows.figureRefs).toEqual([{ id: 'outward', line: 3 }]);
    expect(other.figureRefs).toEqual([
      { id: 'outward', line: 1 },
      { id: 'inward', line: 1 },
    ]);
  });

  it('numbers figures by their order in the chapter and keeps their titles', () => {
    expect([...figures.values()].map(({ id, number, title, chapterPath }) => ({ id, number, title, chapterPath }))).toEqual([
      { id: 'inward', number: '1', title: 'Title of inward', chapterPath: '/flows/' },
      { id: 'outward', number: '2', title: 'Title of outward', chapterPath: '/flows/' },
    ]);
  });

  it('writes "Figure N" and a bare anchor within the chapter', () => {
    expect(figureRefLink(figures.get('outward')!, 'content/flows.mdx', 'en')).toEqual({ text: 'Figure 2', href: '#fig-outward' });
  });

  it('writes the chapter title before the number from another chapter', () => {
    expect(figureRefLink(figures.get('outward')!, 'content/other.mdx', 'en')).toEqual({ text: 'Money flows, Figure 2', href: '/flows/#fig-outward' });
  });

  it('follows a figure when it moves within its chapter', () => {
    const swapped = chapter('content/flows.mdx', figure('outward'), figure('inward'));
    const moved = siteFigures([{ path: '/flows/', title: 'Money flows', analysis: swapped }]);
    expect(figureRefLink(moved.get('outward')!, 'content/other.mdx', 'en').text).toBe('Money flows, Figure 1');
    expect(figureRefLink(moved.get('inward')!, 'content/flows.mdx', 'en').text).toBe('Figure 2');
  });

  it('finds no problem when every id is unique and every reference resolves', () => {
    expect(figureProblems([flows, other])).toEqual([]);
  });
});

describe('mistakes in figure references', () => {
  it('an id no figure has, with the closest id and where that figure is', () => {
    const flows = chapter('content/flows.mdx', figure('inward-outward'), figure('deportations'));
    const other = chapter('content/other.mdx', 'Intro.', 'See <FigRef id="inward-outwards" />.');
    expect(figureProblems([flows, other])).toEqual([
      'content/other.mdx:3, <FigRef id="inward-outwards">: no figure has this id; did you mean "inward-outward" (content/flows.mdx:1)?',
    ]);
  });

  it('a reference on a site without figures', () => {
    expect(figureProblems([chapter('content/other.mdx', '<FigRef id="any" />')])).toEqual([
      'content/other.mdx:1, <FigRef id="any">: no figure has this id; the site has no figures yet',
    ]);
  });

  it('the same id in two chapters, naming both places', () => {
    const first = chapter('content/a.mdx', figure('flows'));
    const second = chapter('content/b.mdx', 'Intro.', figure('flows'));
    expect(figureProblems([first, second])).toEqual([
      'content/b.mdx:3, <Figure id="flows">: the id is also used by the figure at content/a.mdx:1; figure ids must be unique across the site, because <FigRef> and the list of figures find a figure by its id',
    ]);
  });

  it('a <FigRef> without a plain id, or with a misspelt attribute', () => {
    expect(problemsOf('<FigRef figure="flows" />')).toEqual([
      'content/x.mdx:1, <FigRef>: unknown attribute "figure"; a <FigRef> takes id',
      `content/x.mdx:1, <FigRef>: give the figure's id as plain text, e.g. <FigRef id="inward-outward" />`,
    ]);
    expect(problemsOf('<FigRef id={name} />')).toEqual([`content/x.mdx:1, <FigRef>: give the figure's id as plain text, e.g. <FigRef id="inward-outward" />`]);
  });

  it('a link to a figure that types its number, as "Figure N" or "Fig. N"', () => {
    expect(problemsOf('Intro.\n\nSee [legal migration, Figure 1](/legal/#fig-net) and [fig. 2](#fig-other).')).toEqual([
      'content/x.mdx:3: the link "[legal migration, Figure 1](/legal/#fig-net)" types "Figure 1", which goes stale when figures move; write <FigRef id="net" /> instead',
      'content/x.mdx:3: the link "[fig. 2](#fig-other)" types "fig. 2", which goes stale when figures move; write <FigRef id="other" /> instead',
    ]);
  });

  it('accepts links to figures in words, and typed numbers that are not links to figures', () => {
    expect(chapter('content/x.mdx', 'See [the estimate](/irregular/#fig-estimate), [Figure 2 of the report](/sources/) and Figure 3 of the source.').figureRefs).toEqual([]);
  });
});

describe('the closest name', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('flows', 'flows')).toBe(0);
  });

  it('picks the nearest candidate, the first of equals, or none from an empty list', () => {
    expect(closestName('deportation-2011', ['deportations-2011', 'departures', 'deportations-2012'])).toBe('deportations-2011');
    expect(closestName('ab', ['ax', 'ay'])).toBe('ax');
    expect(closestName('ab', [])).toBeUndefined();
  });
});
