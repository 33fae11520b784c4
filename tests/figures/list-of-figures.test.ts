/** The list of figures as data: chapters in reading order, figures in chapter order, with anchors and downloads. */
import { describe, expect, it } from 'vitest';
import { listOfFigures } from '../../src/figures/list-of-figures.ts';
import type { ChapterAnalysis } from '../../src/chapters/analyse-chapter.ts';

const analysis = (file: string, ...figures: [id: string, dataset: string][]): ChapterAnalysis => ({
  file,
  figures: figures.map(([id, dataset], index) => ({ id, dataset, number: String(index + 1), line: 10 * (index + 1), title: `Title of ${id}`, attributes: { values: {} } })),
  citations: [],
  figureRefs: [],
  terms: [],
  corrections: [],
  comparisonTables: [],
});

const chapters = [
  { path: '/', title: 'Overview', analysis: analysis('content/index.mdx', ['headline', 'totals']) },
  { path: '/appendix/', title: 'Appendix', analysis: analysis('content/appendix.mdx', ['extra', 'totals']) },
  { path: '/flows/', title: 'Flows', analysis: analysis('content/flows.mdx', ['inward', 'flows'], ['outward', 'flows']) },
  { path: '/text-only/', title: 'Text only', analysis: analysis('content/text-only.mdx') },
];
const sidebar = [{ link: '/' }, { slug: 'flows' }, { slug: 'text-only' }, { link: '/data/' }];

describe('the list of figures', () => {
  const list = listOfFigures(chapters, sidebar);

  it('follows the sidebar, puts chapters it does not list last, and leaves out chapters without figures', () => {
    expect(list.map((chapter) => chapter.path)).toEqual(['/', '/flows/', '/appendix/']);
  });

  it('gives each figure its number, title, anchor on its chapter and the downloads of its dataset', () => {
    expect(list[1]?.figures).toEqual([
      { id: 'inward', number: '1', title: 'Title of inward', path: '/flows/#fig-inward', downloads: { csv: '/data/flows.csv', json: '/data/flows.json' } },
      { id: 'outward', number: '2', title: 'Title of outward', path: '/flows/#fig-outward', downloads: { csv: '/data/flows.csv', json: '/data/flows.json' } },
    ]);
  });
});
