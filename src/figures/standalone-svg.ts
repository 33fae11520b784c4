/**
 * A figure as one self-contained SVG file: number and title, legend, the
 * chart, the source line and the site's name, with colours and the font
 * written in, so it reads the same in a slide, a document or an image viewer.
 */
import type { FigureModel } from './build-figure.ts';
import { symbolPath } from '../charts/legend-swatch.ts';
import { LIGHT_BACKGROUND, LIGHT_INK, LIGHT_MUTED, writeColoursIn } from './standalone-colours.ts';
import { figureInChapter, figureLabel, figureTitle, t } from '../i18n/index.ts';

/** The font shipped with the project for images (see svg-to-png.ts). */
export const IMAGE_FONT_FAMILY = 'Source Sans 3';
const FONT = `'${IMAGE_FONT_FAMILY}', system-ui, sans-serif`;
const PAD = 16;
// Average advance of Source Sans 3 per em, with some room to spare: lines are
// wrapped by this estimate, since no browser is there to measure them.
const EM_ADVANCE = 0.47;

export interface StandaloneContext {
  siteName: string;
  /** "Legal migration". */
  chapterTitle: string;
  /** Absolute or site-relative address of the figure. */
  permalink: string;
}

export function standaloneSvg(figure: FigureModel, context: StandaloneContext): string {
  const chart = figure.svg;
  if (!chart) throw new Error(`figure "${figure.id}" is drawn as a list, not a chart, and has no SVG`);
  const chartWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(chart)?.[1]);
  const chartHeight = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(chart)?.[1]);
  if (!chartWidth || !chartHeight) throw new Error(`figure "${figure.id}": the chart SVG has no width and height`);
  const width = chartWidth + 2 * PAD;
  const textWidth = chartWidth;
  const parts: string[] = [];
  let y = PAD;

  const lines = (text: string, size: number, colour: string, weight = 400) => {
    for (const line of wrap(text, textWidth, size)) {
      y += size * 1.3;
      parts.push(`<text x="${PAD}" y="${round(y)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`);
    }
  };

  const { lang } = figure;
  lines(figureLabel(lang, figure.number), 12, LIGHT_MUTED, 600);
  lines(figure.title, 18, LIGHT_INK, 600);
  if (figure.subtitle) lines(figure.subtitle, 13, LIGHT_MUTED);
  y += 8;
  if (figure.legend.length > 0) y = legend(figure, parts, y, textWidth) + 8;
  parts.push(
    chart
      .replace(/^<svg/, `<svg x="${PAD}" y="${round(y)}"`)
      .replace(/\sfont-family="[^"]*"/, ` font-family="${FONT}"`)
      .replace(/\sfont-size="[^"]*"/, ' font-size="13"')
      .replace(/\s(role|aria-label|aria-describedby|class)="[^"]*"/g, ''),
  );
  y += chartHeight + 6;
  const via = figure.via ? t(lang, 'figure.via', { via: figure.via.text }) : '';
  lines(`${t(lang, 'figure.source')} ${figure.source.text}${via} (${figure.locator}).`, 12, LIGHT_MUTED);
  lines(`${context.siteName} · ${figureInChapter(lang, context.chapterTitle, figure.number)} · ${context.permalink}`, 12, LIGHT_MUTED);
  const height = Math.ceil(y + PAD);

  const title = figureTitle(lang, figure.number, figure.title);
  return writeColoursIn(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-labelledby="title desc">`,
      `<title id="title">${escapeXml(title)}</title>`,
      `<desc id="desc">${escapeXml(figure.description)}</desc>`,
      `<rect width="100%" height="100%" fill="${LIGHT_BACKGROUND}"/>`,
      ...parts,
      '</svg>',
      '',
    ].join('\n'),
  );
}

function legend(figure: FigureModel, parts: string[], top: number, maxWidth: number): number {
  const size = 13;
  let x = PAD;
  let y = top + size * 1.3;
  for (const item of figure.legend) {
    const itemWidth = 20 + textAdvance(item.label, size) + 16;
    if (x > PAD && x + itemWidth > PAD + maxWidth) {
      x = PAD;
      y += size * 1.6;
    }
    const middle = round(y - size * 0.35);
    if (item.dash !== undefined) {
      parts.push(`<line x1="${x}" y1="${middle}" x2="${x + 14}" y2="${middle}" stroke="${item.color}" stroke-width="2.5"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`);
    } else if (item.symbol) {
      parts.push(`<path transform="translate(${x + 7},${middle}) scale(0.7)" d="${symbolPath(item.symbol)}" fill="${item.color}"/>`);
    } else {
      parts.push(`<rect x="${x}" y="${round(middle - 6)}" width="12" height="12" rx="2" fill="${item.color}"/>`);
    }
    parts.push(`<text x="${x + 20}" y="${round(y)}" font-size="${size}" fill="${LIGHT_INK}">${escapeXml(item.label)}</text>`);
    x += itemWidth;
  }
  return y;
}

/** Greedy word wrap by estimated width. */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textAdvance(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function textAdvance(text: string, size: number): number {
  return text.length * size * EM_ADVANCE;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
