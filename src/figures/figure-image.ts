/** The standalone SVG of a site figure, with the site's name and the figure's permalink. */
import { report } from '../report/report.ts';
import { standaloneSvg } from './standalone-svg.ts';
import type { SiteFigure } from './all-figures.ts';

export function figureImage({ figure, chapter }: SiteFigure, site: URL | undefined): string {
  const path = `${import.meta.env.BASE_URL}${chapter.path.replace(/^\//, '')}#${figure.anchor}`;
  return standaloneSvg(figure, { siteName: report.title, chapterTitle: chapter.title, permalink: site ? new URL(path, site).href : path });
}
