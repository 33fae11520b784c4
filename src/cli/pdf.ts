/**
 * report-site pdf [dist] (and the last step of a build): prints dist/<slug>.pdf
 * and writes its size into the "Download the report" links of the built pages.
 */
import path from 'node:path';
import { loadProject } from '../report/load-project.ts';
import { printBook } from '../pdf/print-book.ts';
import { formatMegabytes, stampPdfLinks } from '../pdf/pdf-links.ts';
import { hasChromium, CHROMIUM_PATH } from '../pdf/chromium.ts';
import type { ReportSiteOptions } from '../report/options.ts';
import { reportLanguages } from '../report/report-schema.ts';
import { languageOf, type Lang } from '../i18n/index.ts';

export async function pdf(root: string, distFolder = 'dist', options: ReportSiteOptions = {}): Promise<number> {
  const dist = path.resolve(root, distFolder);
  const started = performance.now();
  if (!hasChromium()) {
    stampPdfLinks(dist, undefined);
    console.log(`PDF skipped: no Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium); the pages carry no PDF link`);
    return 0;
  }
  const { report, registry } = await loadProject(root, options);
  // One book per language of the report, each linked from the pages in its language.
  const sizes = new Map<Lang, number>();
  const printed: string[] = [];
  for (const lang of reportLanguages(report).map(languageOf)) {
    const { file, bytes } = await printBook(dist, report, registry, lang);
    sizes.set(lang, bytes);
    printed.push(`${path.relative(dist, file)} (${formatMegabytes(bytes, 'en')})`);
  }
  const pages = stampPdfLinks(dist, sizes);
  console.log(`PDF: ${printed.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s; linked from ${pages} pages`);
  return 0;
}
