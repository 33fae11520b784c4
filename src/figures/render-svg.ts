/**
 * Draws Plot options into an SVG string at build time, using linkedom as the
 * DOM, so a chart needs no JavaScript in the reader's browser.
 */
import * as Plot from '@observablehq/plot';
import { withAxisLabelRoom } from '../charts/axis-label-room.ts';
import { parseHTML } from 'linkedom';
import { CHART_CLASS } from '../charts/theme.ts';
import { thinTickLabels } from './thin-tick-labels.ts';
import type { Lang } from '../i18n/index.ts';
import { tickFormat } from '../i18n/format.ts';
import type { ChartPanel } from '../charts/preset.ts';
import { PANEL_HEADING_HEIGHT } from '../charts/panels.ts';

export interface SvgLabels {
  /** Accessible name: "Figure 1. Inward and outward remittance flows". */
  label: string;
  /** id of the element holding the written description of the chart. */
  describedBy: string;
}

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

export function renderSvg(options: Plot.PlotOptions, labels: SvgLabels, lang: Lang): string {
  return finish(drawn(options, lang), labels);
}

/**
 * Panels one below the other in one image: each panel's chart moves, whole,
 * into a group under its heading, inside the first panel's <svg> (which
 * carries Plot's font and colour attributes), grown to hold them all.
 */
export function renderPanels(panels: readonly ChartPanel[], labels: SvgLabels, lang: Lang): string {
  const charts = panels.map((panel) => ({ heading: panel.heading, svg: drawn(panel.plot, lang) }));
  const outer = charts[0]?.svg;
  if (!outer) throw new Error('A chart spec gave an empty list of panels');
  const width = Math.max(...charts.map(({ svg }) => Number(svg.getAttribute('width'))));
  let top = 0;
  const groups = charts.map(({ heading, svg }) => {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('transform', `translate(0,${top})`);
    const title = document.createElementNS(SVG_NS, 'text');
    title.setAttribute('x', '0');
    title.setAttribute('y', String(PANEL_HEADING_HEIGHT - 9));
    title.setAttribute('text-anchor', 'start');
    title.setAttribute('font-weight', '600');
    title.setAttribute('class', 'panel-heading');
    title.textContent = heading;
    const chart = document.createElementNS(SVG_NS, 'g');
    chart.setAttribute('transform', `translate(0,${PANEL_HEADING_HEIGHT})`);
    chart.append(...svg.childNodes);
    group.append(title, chart);
    top += PANEL_HEADING_HEIGHT + Number(svg.getAttribute('height'));
    return group;
  });
  outer.replaceChildren(...groups);
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(top));
  outer.setAttribute('viewBox', `0 0 ${width} ${top}`);
  return finish(outer, labels);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Plot's chart, with the page's number format, its rules left to figures.css and its ticks thinned to the room they have. */
function drawn(options: Plot.PlotOptions, lang: Lang): Element {
  const svg = Plot.plot({
    ...withAxisLabelRoom(withTickFormat(options, lang)),
    document: document as unknown as Document,
    className: CHART_CLASS,
  });
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error('A chart spec must produce a single SVG (set no legend or caption in Plot options)');
  // Plot repeats the same <style> in every chart; the rules live in figures.css instead.
  svg.querySelector('style')?.remove();
  svg.removeAttribute('aria-description');
  thinTickLabels(svg, Number(svg.getAttribute('width')));
  for (const path of svg.querySelectorAll('g[aria-label="geo"] path[d]')) path.setAttribute('d', toWholePixels(path.getAttribute('d') ?? ''));
  return svg as unknown as Element;
}

function finish(svg: Element, labels: SvgLabels): string {
  // Inside role="img" the parts are presentational: Plot's aria-labels on
  // its groups are not allowed there (axe: aria-prohibited-attr).
  for (const part of svg.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', labels.label);
  svg.setAttribute('aria-describedby', labels.describedBy);
  return roundCoordinates(svg.outerHTML);
}

/**
 * Numbers on the axes in the page's language: each position scale whose ticks
 * a chart did not format itself gets d3-format's locale for `lang` (Plot would
 * write en-US). Options of a scale no mark uses are ignored by Plot.
 */
export function withTickFormat(options: Plot.PlotOptions, lang: Lang): Plot.PlotOptions {
  const localised = { ...options };
  for (const key of ['x', 'y'] as const) {
    const scale = options[key];
    if (scale?.axis === null || typeof scale?.tickFormat === 'function' || scale?.type === 'time' || scale?.type === 'utc') continue;
    localised[key] = { ...scale, tickFormat: tickFormat(lang, typeof scale?.tickFormat === 'string' ? scale.tickFormat : undefined) };
  }
  return localised;
}

/**
 * Map shapes (Plot's geo marks) to whole pixels, without the points that then
 * repeat: at the scale of a chart a border is not placed finer than a pixel, and
 * these paths are most of a map's weight. Other marks keep two decimals.
 */
export function toWholePixels(d: string): string {
  let previous = '';
  return d.replace(/([MLHVCSQTAZmlhvcsqtaz])([^MLHVCSQTAZmlhvcsqtaz]*)/g, (_, command: string, numbers: string) => {
    const rounded = numbers.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (number) => String(Math.round(Number(number)) || 0));
    if (command === 'L' && rounded === previous) return '';
    if (command === 'M' || command === 'L') previous = rounded;
    return command + rounded;
  });
}

// Plot writes coordinates like 272.67696267696266; two decimals are far below a
// pixel and keep pages light. Only numbers inside tags are touched, never text.
export function roundCoordinates(markup: string): string {
  return markup.replace(/<[^>]+>/g, (tag) => tag.replace(/-?\d+\.\d{3,}/g, (number) => String(Number(Number(number).toFixed(2)))));
}
