/** /figures/<id>.png: each chart as a PNG at twice its size, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allFigures, type SiteFigure } from '../../figures/all-figures.ts';
import { routeLang } from '../../i18n/page-lang.ts';
import { figureImage } from '../../figures/figure-image.ts';
import { pngImagesEnabled, svgToPng } from '../../figures/svg-to-png.ts';

// One image per figure and language: /figures/<id>.svg, /az/figures/<id>.svg.
export const getStaticPaths = (async ({ routePattern }) =>
  (await allFigures(import.meta.env.BASE_URL, routeLang(routePattern)))
    .filter((entry) => entry.hasChart && pngImagesEnabled())
    .map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: SiteFigure }> = async ({ props, site }) =>
  new Response(await svgToPng(figureImage(props.entry, site)), { headers: { 'Content-Type': 'image/png' } });
