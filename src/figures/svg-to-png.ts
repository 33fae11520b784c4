/**
 * Draws a standalone figure SVG into a PNG during the build, without a
 * browser: resvg with the font the project installs (Source Sans 3, from the
 * `source-sans` package). System fonts are never read, so two machines give
 * the same bytes.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { IMAGE_FONT_FAMILY } from './standalone-svg.ts';

// Resolved from the project, as the bundled build runs from its own folder.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const FONT_FILES = ['source-sans/TTF/SourceSans3-Regular.ttf', 'source-sans/TTF/SourceSans3-Semibold.ttf'].map((file) => require.resolve(file));
/** Twice the SVG's size, for sharp images on high-density screens and in print. */
export const PNG_SCALE = 2;

export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT_FAMILY, sansSerifFamily: IMAGE_FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}
