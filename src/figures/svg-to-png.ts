/**
 * Draws a standalone figure SVG into a PNG during the build, without a
 * browser: resvg with the font the project installs (Source Sans 3, from the
 * `source-sans` package). System fonts are never read, so two machines give
 * the same bytes.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { IMAGE_FONT_FAMILY } from './standalone-svg.ts';

// Resolved from the project, as the bundled build runs from its own folder.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const FONT_FILES = ['source-sans/TTF/SourceSans3-Regular.ttf', 'source-sans/TTF/SourceSans3-Semibold.ttf'].map((file) => require.resolve(file));
/**
 * PNGs cost about 0.1 s a chart to draw; REPORT_PNG=off leaves them out (and
 * their links), e.g. for a very large report or a quick preview build.
 */
export function pngImagesEnabled(): boolean {
  return process.env.REPORT_PNG !== 'off';
}

/** Twice the SVG's size, for sharp images on high-density screens and in print. */
export const PNG_SCALE = 2;

/** Drawn off the main thread (libuv's pool), so pages keep rendering meanwhile. */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT_FAMILY, sansSerifFamily: IMAGE_FONT_FAMILY },
  });
  return new Uint8Array(image.asPng());
}
