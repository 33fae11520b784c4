/**
 * report-site bench: what the report costs to build and what its pages weigh.
 * Builds the report (the report's own `astro build`, PDF included unless
 * REPORT_PDF=off) and prints the time, the peak memory of all the build's
 * processes together, the number of pages and figures, and the heaviest pages
 * (gzip HTML, stylesheets and scripts a reading of the HTML finds).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { measureCommand } from '../bench/process-tree.ts';
import { staticCount } from '../bench/page-weight.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every HTML page below dist, as site paths ("/", "/chapter/"). */
function pagesOf(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.split(path.sep).join('/').replace(/index\.html$/, '')}`)
    .sort();
}

export async function bench(root: string): Promise<number> {
  const require = createRequire(path.join(root, 'package.json'));
  const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const build = await measureCommand(process.execPath, [astro, 'build'], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) {
    console.error(`The build failed:\n${build.output}`);
    return 1;
  }
  const dist = path.join(root, 'dist');
  const pages = pagesOf(dist).map((page) => {
    const counted = staticCount(dist, page);
    const scripts = [...counted].filter(([file]) => file.endsWith('.js')).reduce((sum, [, bytes]) => sum + bytes, 0);
    return { page, bytes: [...counted.values()].reduce((sum, bytes) => sum + bytes, 0), scripts };
  });
  const figures = pagesOf(dist).reduce((sum, page) => sum + (fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8').match(/<figure id="fig-/g)?.length ?? 0), 0);
  console.log(`Build: ${build.seconds.toFixed(1)} s, ${(build.peakKb / 1024).toFixed(0)} MB of memory at its peak (all processes), ${pages.length} pages, ${figures} figures`);
  console.log('\nHeaviest pages (gzip: HTML, stylesheets, scripts it runs at first view)');
  for (const { page, bytes, scripts } of [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 5)) {
    console.log(`  ${page.padEnd(40)} ${kb(bytes).padStart(9)}   of which scripts ${kb(scripts)}`);
  }
  return 0;
}
