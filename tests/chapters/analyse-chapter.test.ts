/**
 * The chapter check numbers figures, collects citations in order, and stops
 * on every mistake an editor can make in a <Figure> or <Cite>, naming the
 * file and line.
 */
import { describe, expect, it } from 'vitest';
import { analyseChapterSource } from '../../src/chapters/analyse-chapter.ts';
import { createRegistry } from '../../src/data/registry.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography } from '../data/fixture-dataset.ts';
import { problemsOf as problemsOfRun } from '../problems-of.ts';

const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, ".");
const FILE = 'content/example.mdx';

const figure = (attributes: string) =>
  `<Figure id="flows" dataset="fixture-flows" preset="line" x="year" y="usd_millions" title="T" description="D" ${attributes} />`;

const problemsOf = (source: string) => problemsOfRun(() => analyseChapterSource(source, FILE, registry));

describe('a valid chapter', () => {
  const source = [
    '---',
    'title: Example',
    '---',
    "import { Figure, Cite } from '../src/components';",
    '',
    'Text <Cite source="yunusov-2013" locator="p. 3" />.',
    '',
    figure('').replace('id="flows"', 'id="first"'),
    '',
    'More <Cite source="yunusov-2013" /> and <Cite source="world-bank-factbook-2011" via="rumyansev-2013" viaLocator="p. 2" />.',
    '',
    figure('series="flow" where="flow=Inward"').replace('id="flows"', 'id="second"'),
  ].join('\n');
  const analysis = analyseChapterSource(source, FILE, registry);

  it('numbers figures in order of appearance', () => {
    expect(analysis.figures.map(({ id, number, line }) => ({ id, number, line }))).toEqual([
      { id: 'first', number: '1', line: 8 },
      { id: 'second', number: '2', line: 12 },
    ]);
  });

  it('lists each cited source once, in order of first use, including the sources of figures', () => {
    expect(analysis.citations).toEqual(['yunusov-2013', 'world-bank-factbook-2011', 'shahgaldiyev-2016', 'rumyansev-2013']);
  });
});

describe('mistakes in a chapter', () => {
  it('an unknown dataset', () => {
    expect(problemsOf(figure('').replace('fixture-flows', 'fixture-flow'))).toEqual([
      `${FILE}:1, <Figure id="flows">: unknown dataset "fixture-flow"; did you mean "fixture-flows"? (datasets: fixture-flows)`,
    ]);
  });

  it('an unknown column', () => {
    expect(problemsOf(figure('series="direction"'))).toEqual([
      `${FILE}:1, <Figure id="flows">: series="direction" is not a column of dataset "fixture-flows"; columns: year, flow, usd_millions`,
    ]);
  });

  it('a misspelt column, with the closest one', () => {
    expect(problemsOf(figure('series="flows"'))).toEqual([
      `${FILE}:1, <Figure id="flows">: series="flows" is not a column of dataset "fixture-flows"; did you mean "flow"? (columns: year, flow, usd_millions)`,
    ]);
  });

  it('a text column where the preset needs numbers', () => {
    expect(problemsOf(figure('').replace('y="usd_millions"', 'y="flow"'))).toEqual([
      `${FILE}:1, <Figure id="flows">: y="flow" must be a numeric column for the "line" preset; numeric columns: year, usd_millions`,
    ]);
  });

  it('an unknown preset', () => {
    expect(problemsOf(figure('').replace('preset="line"', 'preset="pie"'))).toEqual([
      `${FILE}:1, <Figure id="flows">: unknown preset "pie"; did you mean "line"? (presets: bar, line, stacked-bar, range, dot, timeline, route-map)`,
    ]);
  });

  it('an attribute the preset does not use', () => {
    expect(problemsOf(figure('low="usd_millions"'))).toEqual([
      `${FILE}:1, <Figure id="flows">: the "line" preset does not use low=; it reads x, y, series`,
    ]);
  });

  it('an unknown column in the filter', () => {
    expect(problemsOf(figure('where="direction=Inward"'))).toEqual([
      `${FILE}:1, <Figure id="flows">: where: "direction" is not a column of dataset "fixture-flows"; columns: year, flow, usd_millions`,
    ]);
  });

  it('a filter value the column never has, with the closest one', () => {
    expect(problemsOf(figure('where="flow=Inwards"'))).toEqual([
      `${FILE}:1, <Figure id="flows">: where="flow=Inwards" keeps no row of dataset "fixture-flows"; "flow" never has "Inwards"; did you mean "Inward"? (values of "flow": Inward, Outward)`,
    ]);
  });

  it('a misspelt attribute, which would otherwise be silently ignored', () => {
    expect(problemsOf(figure('serie="flow"'))).toEqual([
      `${FILE}:1, <Figure id="flows">: unknown attribute "serie"; a <Figure> takes id, dataset, title, description, subtitle, preset, spec, x, y, series, label, low, high, from, to, via, panel, atLeast, where, domain, notes`,
    ]);
  });

  it('a missing description (every chart needs one for screen readers)', () => {
    expect(problemsOf(figure('').replace('description="D" ', ''))).toEqual([`${FILE}:1, <Figure id="flows">: the "description" attribute is missing`]);
  });

  it('a duplicate figure id on the page', () => {
    expect(problemsOf(`${figure('')}\n\n${figure('')}`)).toEqual([
      `${FILE}:3, <Figure id="flows">: the id is already used by the figure on line 1; each figure on a page needs its own id`,
    ]);
  });

  it('an id that cannot be an anchor', () => {
    expect(problemsOf(figure('').replace('id="flows"', 'id="Flows 1"'))).toEqual([
      `${FILE}:1, <Figure id="Flows 1">: the id must be lower-case words joined by hyphens (it becomes the #anchor), e.g. "inward-outward"`,
    ]);
  });

  it('an unknown citation key, with the line and the known keys', () => {
    const problems = problemsOf('Intro.\n\nA claim <Cite source="world-bank-2011" />.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/example\.mdx:3, <Cite source="world-bank-2011">: unknown citation key; did you mean "world-bank-factbook-2011"\? \(citation keys: shahgaldiyev-2016, yunusov-2013, rumyansev-2013, icmpd-2023, world-bank-factbook-2011, rustamov-adb-2007\)$/);
  });

  it('a section its source does not list, in locator= or viaLocator=, with the closest listed one', () => {
    const problems = problemsOf(
      'A count <Cite source="yunusov-2013" locator="“Russia and CIS countries”" /> and <Cite source="world-bank-factbook-2011" via="shahgaldiyev-2016" viaLocator="“General statistics”" />.',
    );
    expect(problems).toEqual([
      `${FILE}:1, <Cite source="yunusov-2013">: locator="“Russia and CIS countries”": “Russia and CIS countries” is not a section of yunusov-2013; did you mean "1. Russia and CIS countries"? (sections: 1. Russia and CIS countries, 3. Foreign refugees and labour migrants, Recommendations)`,
      `${FILE}:1, <Cite source="world-bank-factbook-2011">: viaLocator="“General statistics”": “General statistics” is not a section of shahgaldiyev-2016; did you mean "General statistics on migration in Azerbaijan"? (sections: General statistics on migration in Azerbaijan, Legal migration, Remittances)`,
    ]);
  });

  it('a <ComparisonTable> with an unknown dataset, or one without the comparison columns', () => {
    expect(problemsOf('<ComparisonTable id="totals" dataset="fixture-flow" />')).toEqual([
      `${FILE}:1, <ComparisonTable id="totals">: unknown dataset "fixture-flow"; did you mean "fixture-flows"? (datasets: fixture-flows)`,
    ]);
    const problems = problemsOf('<ComparisonTable id="Totals" dataset="fixture-flows" caption="x" />');
    expect(problems[0]).toBe(`${FILE}:1, <ComparisonTable id="Totals">: unknown attribute "caption"; a <ComparisonTable> takes id, dataset`);
    expect(problems[1]).toMatch(/: give an id of lower-case words joined by hyphens/);
    expect(problems[2]).toBe(`${FILE}:1, <ComparisonTable id="Totals">: dataset "fixture-flows" has no column "figure"; a comparison table reads figure, qualifier, population, reference_date, produced_by, source, locator`);
  });

  it('an unknown key in via=, and a misspelt <Cite> attribute', () => {
    const problems = problemsOf('A figure <Cite source="yunusov-2013" via="shahgaldiyev" locater="p. 3" />.');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(
      `${FILE}:1, <Cite source="yunusov-2013">: unknown attribute "locater"; a <Cite> takes source, locator, via, viaLocator`,
    );
    expect(problems[1]).toMatch(/^content\/example\.mdx:1, <Cite source="yunusov-2013">: unknown citation key in via="shahgaldiyev"; did you mean "shahgaldiyev-2016"\? \(citation keys: shahgaldiyev-2016, yunusov-2013, rumyansev-2013, icmpd-2023, world-bank-factbook-2011, rustamov-adb-2007\)$/);
  });

  it('reports all problems at once', () => {
    expect(problemsOf(`${figure('series="nope"')}\n\n<Cite source="nope" />`)).toHaveLength(2);
  });
});
