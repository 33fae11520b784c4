/**
 * Synthetic chapters for the benchmark: N figures in chapters of fifty (10,000
 * figures make 200 chapters), each
 * figure a real preset (or the custom spec) drawing one of the site's real
 * datasets, with prose and citations between them as in a real chapter.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FIGURES_PER_CHAPTER = 50;

// [preset attributes, dataset]: one of each kind the site uses.
const TEMPLATES: string[] = [
  'dataset="remittance-flows" preset="line" x="year" y="usd_millions" series="flow" where="component=Total"',
  'dataset="remittance-flows" preset="stacked-bar" x="year" y="usd_millions" series="component" where="flow=Inward; component!=Total"',
  'dataset="irregular-deportations-2011-by-country" preset="bar" x="persons" y="country" where="level=Country of origin"',
  'dataset="abroad-azerbaijanis-by-region" preset="range" y="region" x="value" low="low" high="high" label="qualifier"',
  'dataset="irregular-agency-counts-2007-2008" preset="dot" x="persons" y="measure" series="reported_by"',
  'dataset="irregular-transit-routes" preset="route-map" from="from_country" to="to_country" series="route_kind"',
  'dataset="timeline-icmpd-2023" preset="timeline" x="date" y="event" series="category"',
  'dataset="remittance-inflows-bop" spec={bopInflows}',
  'dataset="legal-international-migration" preset="line" x="year" y="net"',
  'dataset="remittance-uses-channels" preset="bar" x="share_percent" y="measure" label="as_published" domain={[0, 100]}',
];

const PARAGRAPH =
  'This paragraph stands for the prose of a chapter: a few sentences that explain a figure, with citations such as <Cite source="shahgaldiyev-2016" locator="Table 5" /> and <Cite source="yunusov-2013" />, and a link to [remittances](/remittances/).';

/** Replaces content/ of a project copy with chapters holding `figures` figures in all. */
export function writeSyntheticChapters(dir: string, figures: number): number {
  const content = path.join(dir, 'content');
  const config = fs.readFileSync(path.join(content, 'report.config.ts'), 'utf8');
  fs.rmSync(content, { recursive: true, force: true });
  fs.mkdirSync(content);
  // The report's config, except that its sidebar names chapters this copy does not have.
  const sidebar = /\n  sidebar: \[[\s\S]*?\n  \],/;
  if (!sidebar.test(config)) throw new Error('content/report.config.ts: no "sidebar: [ … ]," block for the synthetic site to replace');
  fs.writeFileSync(path.join(content, 'report.config.ts'), config.replace(sidebar, "\n  sidebar: [{ label: 'Overview', link: '/' }],"));
  fs.writeFileSync(path.join(content, 'index.mdx'), '---\ntitle: Benchmark\n---\n\nA synthetic site for the benchmark.\n');
  // The chapters the real site links to must exist for the link check.
  fs.writeFileSync(path.join(content, 'remittances.mdx'), '---\ntitle: Remittances\n---\n\nPlaceholder.\n');
  const chapters = Math.ceil(figures / FIGURES_PER_CHAPTER);
  for (let chapter = 1; chapter <= chapters; chapter++) {
    const count = Math.min(FIGURES_PER_CHAPTER, figures - (chapter - 1) * FIGURES_PER_CHAPTER);
    const body = Array.from({ length: count }, (_, index) => {
      const template = TEMPLATES[((chapter - 1) * FIGURES_PER_CHAPTER + index) % TEMPLATES.length];
      return `## Section ${index + 1}\n\n${PARAGRAPH}\n\n<Figure id="chapter-${chapter}-figure-${index + 1}" ${template} title="Figure ${index + 1} of chapter ${chapter}" description="A synthetic figure drawing a real dataset with a real preset, for the benchmark." />\n`;
    }).join('\n');
    fs.writeFileSync(
      path.join(content, `chapter-${chapter}.mdx`),
      `---\ntitle: Chapter ${chapter}\ndescription: Synthetic chapter ${chapter}.\n---\n\nimport { Figure, Cite } from 'report-site/components';\nimport bopInflows from '../data/remittances/inflows-bop.chart.ts';\n\n${body}`,
    );
  }
  return chapters;
}
