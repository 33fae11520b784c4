/**
 * The size of drawing the same charts in the browser instead: a minimal
 * bundle of @observablehq/plot and its d3 dependencies, built with the
 * project's own bundler (Vite), minified, in bytes raw and gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export async function plotBundleSize(workDir: string): Promise<{ raw: number; gzip: number }> {
  fs.mkdirSync(workDir, { recursive: true });
  const entry = path.join(workDir, 'plot-entry.js');
  fs.writeFileSync(entry, "export { plot, barY, barX, line, dot, text, ruleY, geo, arrow } from '@observablehq/plot';\n");
  const outDir = path.join(workDir, 'plot-bundle');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: workDir,
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry, formats: ['es'], fileName: 'plot' } },
  });
  const code = fs.readFileSync(path.join(outDir, fs.readdirSync(outDir).find((file) => file.endsWith('.js')) ?? ''));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
