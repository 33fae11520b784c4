/**
 * A chapter opens with its main points, as a statistics office's bulletin
 * does: a "Main points" heading (in any of the engine's languages) and the
 * list under it. This Sätteri plugin marks the two, so that the engine's CSS
 * (styles/main-points.css) sets them apart as one box, on screen and in print.
 */
import { defineHastPlugin } from 'satteri';
import { LANGUAGES, t } from '../i18n/index.ts';

export const MAIN_POINTS_HEADING_CLASS = 'main-points-heading';
export const MAIN_POINTS_LIST_CLASS = 'main-points';

/** The heading's words in every language, as a chapter writes them. */
export const mainPointsHeadings = (): Set<string> => new Set(LANGUAGES.map((lang) => t(lang, 'mainPoints.heading')));

export function mainPointsSection() {
  const headings = mainPointsHeadings();
  return defineHastPlugin({
    name: 'main-points-section',
    element: {
      filter: ['h2'],
      visit(node, ctx) {
        if (!headings.has(ctx.textContent(node).trim())) return;
        const index = ctx.indexOf(node);
        const next = index === undefined ? undefined : ctx.parent(node).children.slice(index + 1).find((child) => child.type === 'element');
        // Only a heading with its list is the section; a heading alone keeps its ordinary look.
        if (next?.type !== 'element' || next.tagName !== 'ul') return;
        ctx.setProperty(node, 'className', [MAIN_POINTS_HEADING_CLASS]);
        ctx.setProperty(next, 'className', [MAIN_POINTS_LIST_CLASS]);
      },
    },
  });
}
