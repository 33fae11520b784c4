/**
 * Colours written in, for a chart that leaves the page: a downloaded SVG or
 * PNG has no stylesheet, so every var(--…) the page would resolve becomes the
 * light theme's value. The series colours are read from figures.css, where
 * both palettes are defined and checked for contrast.
 */
import figuresCss from '../styles/figures.css?raw';

/** Starlight's light-theme text and muted-text colours (gray-1, gray-2). */
export const LIGHT_INK = '#23262f';
export const LIGHT_MUTED = '#353841';
export const LIGHT_BACKGROUND = '#ffffff';

export function lightPalette(css: string = figuresCss): Map<string, string> {
  const palette = new Map<string, string>();
  for (const [, n, hex] of css.matchAll(/--fig-light-(\d): (#[0-9a-f]{6});/g)) {
    palette.set(`--fig-light-${n}`, hex as string);
    palette.set(`--fig-series-${n}`, hex as string);
  }
  if (palette.size === 0) throw new Error('figures.css defines no --fig-light-N colours');
  return palette;
}

/** Replaces var(--name) / var(--name, fallback) and currentColor with written colours; an unknown variable is an error. */
export function writeColoursIn(markup: string, palette: Map<string, string> = lightPalette()): string {
  return markup
    .replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (whole, name: string, fallback: string | undefined) => {
      const colour = palette.get(name) ?? fallback?.trim();
      if (!colour) throw new Error(`a chart uses ${whole}, which has no value outside the page; add it to the light palette in figures.css or give a fallback`);
      return colour;
    })
    .replace(/currentColor/g, LIGHT_INK);
}
