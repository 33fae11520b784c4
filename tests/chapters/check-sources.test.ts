/** `npm run check`'s chapter part: frontmatter, links and figure references, every problem at once, with file and line. */
import { describe, expect, it } from 'vitest';
import { checkChapters } from '../../src/chapters/check-sources.ts';
import { createRegistry } from '../../src/data/registry.ts';
import { FIXTURES, fixtureDataset, fixtureBibliography } from '../data/fixture-dataset.ts';

const registry = createRegistry([fixtureDataset()], `${FIXTURES}/valid`, fixtureBibliography, ".");
const DIR = 'tests/fixtures/chapters';

describe('checkChapters', () => {
  const problems = checkChapters({ contentDir: DIR, content: DIR }, registry);

  it('accepts links to headings, figures, references, chapters, downloads and the catalogue', () => {
    expect(problems.filter((problem) => problem.startsWith(`${DIR}/good.mdx`))).toEqual([]);
  });

  it('reports every broken link and bad frontmatter at once, with file and line', () => {
    expect(problems).toEqual([
      `${DIR}/broken.mdx:1, frontmatter "title": expected a title in quotes or plain text, e.g. title: Remittances`,
      `${DIR}/broken.mdx:1, frontmatter "description": expected one sentence of text`,
      `${DIR}/broken.mdx:14, <Figure id="bad">: unknown dataset "no-such-dataset"; datasets: fixture-flows`,
      `${DIR}/refs.mdx:9: the link "[Good chapter, Figure 1](/good/#fig-flows)" types "Figure 1", which goes stale when figures move; write <FigRef id="flows" /> instead`,
      `${DIR}/unreadable.mdx:1, frontmatter "datasets": no dataset "no-such-data" in data/; datasets: fixture-flows`,
      `${DIR}/unreadable.mdx:6:38: Expected a closing tag for \`<Cite>\` before the end of \`paragraph\` (mdx-jsx:unexpected-character); the MDX cannot be read until this is fixed`,
      `${DIR}/broken.mdx:5: link "/no-such-chapter/": no page at /no-such-chapter/; chapters are /broken/, /good/, /refs/, /unreadable/`,
      `${DIR}/broken.mdx:5: link "/good/#where-money-went": no heading, figure or reference "#where-money-went" in ${DIR}/good.mdx`,
      `${DIR}/broken.mdx:6: link "/data/no-such-data.csv": no dataset "no-such-data"`,
      `${DIR}/broken.mdx:6: link "/good/#fig-none": no heading, figure or reference "#fig-none" in ${DIR}/good.mdx`,
      `${DIR}/broken.mdx:8: image "./missing-chart.png": no file at ${DIR}/missing-chart.png`,
      `${DIR}/broken.mdx:10: link "/data/#dataset-no-such-data": no dataset "no-such-data" in the catalogue`,
      `${DIR}/broken.mdx:10: link "/figures/no-such-figure/": no figure "no-such-figure" on any page`,
      // Figure ids across chapters, and <FigRef> ids, once every chapter is read.
      `${DIR}/refs.mdx:11, <Figure id="flows">: the id is also used by the figure at ${DIR}/good.mdx:13; figure ids must be unique across the site, because <FigRef> and the list of figures find a figure by its id`,
      `${DIR}/refs.mdx:8, <FigRef id="flow">: no figure has this id; did you mean "flows" (${DIR}/good.mdx:13)?`,
    ]);
  });
});
