/**
 * Main points first: every chapter, in every language, opens with a "Main
 * points" section of 3 to 5 items, and each item links to a figure, table or
 * section of its own page, where the reader finds the figure it states.
 */
import fs from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { t, type Lang } from '../../src/i18n/index.ts';

/** The heading the engine styles as the main points (src/markdown/main-points.ts). */
const HEADING: Record<string, string> = { en: t('en', 'mainPoints.heading'), az: t('az' as Lang, 'mainPoints.heading') };
const CHAPTERS = [
  ...fs.readdirSync('content').filter((file) => file.endsWith('.mdx') && file !== 'index.mdx').map((file) => ({ file: `content/${file}`, lang: 'en' })),
  ...fs.readdirSync('content/az').filter((file) => file.endsWith('.mdx') && file !== 'index.mdx').map((file) => ({ file: `content/az/${file}`, lang: 'az' })),
];

/** Anchors of a page: its headings, figures (#fig-…) and comparison tables (#table-…). */
function anchorsOf(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const [, heading] of text.matchAll(/^#{2,6} (.+)$/gm)) anchors.add(slugger.slug(heading!));
  for (const [, id] of text.matchAll(/<Figure\s[^>]*?id="([^"]+)"/g)) anchors.add(`fig-${id}`);
  for (const [, id] of text.matchAll(/<ComparisonTable\s[^>]*?id="([^"]+)"/g)) anchors.add(`table-${id}`);
  return anchors;
}

/** What is wrong with a chapter's opening: a missing "Main points" section, too few or many items, an item that links nowhere on the page. */
function mainPointsProblems(text: string, file: string, lang: string): string[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const first = /^## (.+)$/m.exec(body);
  if (!first || first[1] !== HEADING[lang]) return [`${file}: the first section is "${first?.[1] ?? 'none'}", not "${HEADING[lang]}"`];
  const rest = body.slice(first.index + first[0].length);
  const section = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
  const items = section.split(/^- /m).slice(1);
  const problems = items.length < 3 || items.length > 5 ? [`${file}: ${items.length} main points; write 3 to 5`] : [];
  const anchors = anchorsOf(text);
  items.forEach((item, index) => {
    const targets = [...item.matchAll(/<FigRef id="([^"]+)"/g)].map((match) => `fig-${match[1]}`).concat([...item.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!));
    if (targets.length === 0) problems.push(`${file}: main point ${index + 1} links to no figure, table or section of the page`);
    for (const target of targets.filter((anchor) => !anchors.has(anchor))) problems.push(`${file}: main point ${index + 1} links to "#${target}", which is not on the page`);
  });
  return problems;
}

describe('main points first', () => {
  it('finds a chapter without main points, with too many, and a point that links nowhere on its page', () => {
    const page = (points: string) => `---\ntitle: T\n---\n\nIntro.\n\n## Main points\n\n${points}\n## Details\n\n<Figure id="flows" dataset="d" />\n`;
    expect(mainPointsProblems(page('- One. See <FigRef id="flows" />.\n- Two. See [Details](#details).\n- Three. See <FigRef id="flows" />.\n'), 'x.mdx', 'en')).toEqual([]);
    expect(mainPointsProblems('## Key figures\n\n- One.\n', 'x.mdx', 'en')).toEqual(['x.mdx: the first section is "Key figures", not "Main points"']);
    expect(mainPointsProblems(page('- One. See <FigRef id="flows" />.\n- Two. See [Details](#detail).\n'), 'x.mdx', 'en')).toEqual([
      'x.mdx: 2 main points; write 3 to 5',
      'x.mdx: main point 2 links to "#detail", which is not on the page',
    ]);
    expect(mainPointsProblems(page('- One.\n- Two. <FigRef id="flows" />\n- Three. <FigRef id="flows" />\n'), 'x.mdx', 'en')).toEqual(['x.mdx: main point 1 links to no figure, table or section of the page']);
  });

  it('every chapter in every language opens with 3 to 5 main points, each linked to its figure, table or section', () => {
    expect(CHAPTERS.length).toBeGreaterThanOrEqual(16);
    expect(CHAPTERS.flatMap(({ file, lang }) => mainPointsProblems(fs.readFileSync(file, 'utf8'), file, lang))).toEqual([]);
  });
});
