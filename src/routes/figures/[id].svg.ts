/** /figures/<id>.svg: each chart as a standalone SVG file (see standalone-svg.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allFigures, type SiteFigure } from '../../figures/all-figures.ts';
import { routeLang } from '../../i18n/page-lang.ts';
import { figureImage } from '../../figures/figure-image.ts';

// One image per figure and language: /figures/<id>.svg, /az/figures/<id>.svg.
export const getStaticPaths = (async ({ routePattern }) =>
  (await allFigures(import.meta.env.BASE_URL, routeLang(routePattern)))
    .filter((entry) => entry.hasChart)
    .map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: SiteFigure }> = ({ props, site }) =>
  new Response(figureImage(props.entry, site), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
