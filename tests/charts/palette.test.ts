/**
 * Chart colours meet contrast in both themes: at least 4.5:1 against the page
 * background, enough for the coloured text labels and far above the 3:1 that
 * graphics need (WCAG 1.4.3 and 1.4.11).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = fs.readFileSync('src/styles/figures.css', 'utf8');
// Starlight's page backgrounds: white in the light theme, gray-black in the dark one.
const BACKGROUNDS = { light: '#ffffff', dark: '#17181c' };

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('chart palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`every ${theme} series colour has at least 4.5:1 contrast`, () => {
      const colours = [...css.matchAll(new RegExp(`--fig-${theme}-\\d: (#[0-9a-f]{6});`, 'g'))].map((match) => match[1] as string);
      expect(colours).toHaveLength(6);
      for (const colour of colours) expect(contrast(colour, BACKGROUNDS[theme]), colour).toBeGreaterThanOrEqual(4.5);
    });
  }
});
