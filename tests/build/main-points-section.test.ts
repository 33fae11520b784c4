/** The main points: the heading in any of the engine's languages and the list under it are marked for the CSS. */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { mainPointsHeadings, mainPointsSection } from '../../src/markdown/main-points.ts';

const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [mainPointsSection()] }).html;

describe('mainPointsSection', () => {
  it('knows the heading in every language of the engine', () => {
    expect([...mainPointsHeadings()].sort()).toEqual(['Main points', 'Əsas məqamlar']);
  });

  it('marks the heading and the list under it, in English and in Azerbaijani', () => {
    for (const heading of ['Main points', 'Əsas məqamlar']) {
      const out = html(`Intro.\n\n## ${heading}\n\n- One **1,000**.\n- Two.\n\n## Next\n\n- Not these.\n`);
      expect(out).toContain(`<h2 class="main-points-heading">${heading}</h2>\n<ul class="main-points">\n<li>One <strong>1,000</strong>.</li>`);
      expect(out).toContain('<h2>Next</h2>\n<ul>\n<li>Not these.</li>');
    }
  });

  it('leaves alone another heading, a heading of another level, and the heading with no list under it', () => {
    expect(html('## Main findings\n\n- One.\n')).toBe('<h2>Main findings</h2>\n<ul>\n<li>One.</li>\n</ul>\n');
    expect(html('### Main points\n\n- One.\n')).toBe('<h3>Main points</h3>\n<ul>\n<li>One.</li>\n</ul>\n');
    expect(html('## Main points\n\nText.\n\n- One.\n')).toBe('<h2>Main points</h2>\n<p>Text.</p>\n<ul>\n<li>One.</li>\n</ul>\n');
  });
});
