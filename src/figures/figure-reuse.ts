/**
 * What a reader needs to take a figure away: its image files, its embed page
 * and the snippet to embed it, and a ready citation. Pure: the Figure
 * component and the list of figures lay it out.
 */
import type { FigureModel } from './build-figure.ts';
import type { Bibliography } from '../bibliography/bibliography.ts';
import { figureCitation, type Citation, type ReportIdentity } from './citation.ts';
import { figureTitle } from '../i18n/index.ts';
import { EMBED_HEIGHT_MESSAGE } from './embed-message.ts';

export interface FigureReuse {
  /** Standalone SVG and 2× PNG, for charts (a timeline is a list and has none). */
  images?: { svg: string; png?: string };
  /** The page that holds only this figure, site-relative and absolute. */
  embedPage: string;
  embedSnippet: string;
  permalink: string;
  citation: Citation;
}

/**
 * Site-relative path of a figure's files: /figures/<id>/, /figures/<id>.svg, /figures/<id>.png;
 * `home` is the base path, followed by "az/" for a figure in another language than the report's.
 */
export function figurePaths(home: string, id: string) {
  return { page: `${home}figures/${id}/`, svg: `${home}figures/${id}.svg`, png: `${home}figures/${id}.png` };
}

// Room for the title, source line and the folded table around the chart.
const EMBED_TEXT_HEIGHT = 260;

export function figureReuse(
  figure: FigureModel,
  chapter: { path: string; title: string },
  report: ReportIdentity,
  bibliography: Bibliography,
  base: string,
  withPng = true,
): FigureReuse {
  const paths = figurePaths(figure.home, figure.id);
  const absolute = (path: string) => new URL(path.replace(base, ''), report.url).href;
  const permalink = absolute(`${base}${chapter.path.replace(/^\//, '')}#${figure.anchor}`);
  const chartHeight = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(figure.svg)?.[1] ?? 0);
  const height = Math.ceil((chartHeight || 320) + EMBED_TEXT_HEIGHT + 20 * figure.legend.length ** 0.5);
  const title = figureTitle(figure.lang, figure.number, figure.title);
  const source = bibliography.get(figure.source.key);
  const via = figure.via ? bibliography.get(figure.via.key) : undefined;
  if (!source) throw new Error(`figure "${figure.id}": no bibliography entry "${figure.source.key}"`);
  return {
    ...(figure.svg ? { images: { svg: paths.svg, ...(withPng ? { png: paths.png } : {}) } } : {}),
    embedPage: paths.page,
    embedSnippet: embedSnippet(absolute(paths.page), title, height),
    permalink,
    citation: figureCitation(report, {
      id: figure.id,
      number: figure.number,
      title: figure.title,
      chapterTitle: chapter.title,
      permalink,
      source,
      ...(via ? { via } : {}),
      locator: figure.locator,
    }, figure.lang),
  };
}

/**
 * The <iframe> at a height that fits the desktop layout (the fallback without
 * script), and a few lines for the host page that resize it to the height its
 * embed page reports (embed-height.ts), as Datawrapper's responsive embed does.
 * The script reads messages from the report's origin only, and only from this
 * frame's window; nothing else of the report runs on the host page.
 */
export function embedSnippet(page: string, title: string, height: number): string {
  const { origin } = new URL(page);
  const iframe = `<iframe src="${escapeAttribute(page)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" style="border: 0; max-width: 700px;"></iframe>`;
  const script = `<script>(function(f){addEventListener("message",function(e){if(e.origin===${JSON.stringify(origin)}&&e.source===f.contentWindow&&e.data&&e.data.type===${JSON.stringify(EMBED_HEIGHT_MESSAGE)}&&e.data.height>0)f.style.height=e.data.height+"px"})})(document.currentScript.previousElementSibling)</script>`;
  return `${iframe}\n${script}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
