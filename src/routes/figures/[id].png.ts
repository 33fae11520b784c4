/** /figures/<id>.png: each chart as a PNG at twice its size, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allFigures, type SiteFigure } from '../../figures/all-figures.ts';
import { reportLang } from '../../i18n/page-lang.ts';
import { figureImage } from '../../figures/figure-image.ts';
import { pngImagesEnabled, svgToPng } from '../../figures/svg-to-png.ts';

export const getStaticPaths = (async () =>
  (await allFigures(import.meta.env.BASE_URL, reportLang()))
    .filter((entry) => entry.hasChart && pngImagesEnabled())
    .map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: SiteFigure }> = async ({ props, site }) =>
  new Response(await svgToPng(figureImage(props.entry, site)), { headers: { 'Content-Type': 'image/png' } });
