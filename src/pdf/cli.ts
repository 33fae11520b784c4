/**
 * npm run pdf (and the last step of npm run build): prints dist/<slug>.pdf and
 * writes its size into the "Download the report" links of the built pages.
 *   node src/pdf/cli.ts [dist]
 */
import path from 'node:path';
import { loadProject } from '../report/load-project.ts';
import { printBook } from './print-book.ts';
import { formatMegabytes, stampPdfLinks } from './pdf-links.ts';
import { hasChromium, CHROMIUM_PATH } from './chromium.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const started = performance.now();
if (!hasChromium()) {
  stampPdfLinks(dist, undefined);
  console.log(`PDF skipped: no Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium); the pages carry no PDF link`);
} else {
  const { report, registry } = await loadProject();
  const { file, bytes } = await printBook(dist, report, registry);
  const pages = stampPdfLinks(dist, bytes);
  console.log(`PDF: ${path.basename(file)} (${formatMegabytes(bytes)}) in ${((performance.now() - started) / 1000).toFixed(1)} s; linked from ${pages} pages`);
}

