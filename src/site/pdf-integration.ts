/**
 * The last step of `astro build`: the whole report as a PDF (report-site pdf),
 * printed by Debian's Chromium in a process of its own. Without Chromium, or
 * with REPORT_PDF=off (the tests' many builds), one line says so and the
 * pages' PDF links are taken out, so no link points to a missing file.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stampPdfLinks } from '../pdf/pdf-links.ts';

// The engine's own command, which runs its TypeScript wherever the engine is installed.
const BIN = fileURLToPath(new URL('../bin/report-site.js', import.meta.url));

/** `root` is the report's folder, where the command reads the report. */
export function reportPdf(root: string, folders: Record<string, string | undefined>): AstroIntegration {
  return {
    name: 'report-pdf',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        if (process.env.REPORT_PDF === 'off') {
          stampPdfLinks(dist, undefined);
          logger.info('PDF skipped: REPORT_PDF=off; the pages carry no PDF link');
          return;
        }
        // process.execPath: the Node that runs the build (the report's own, 22.12 or newer).
        const flags = Object.entries(folders).flatMap(([name, value]) => (value === undefined ? [] : [`--${name}`, value]));
        const result = spawnSync(process.execPath, [BIN, 'pdf', dist, ...flags], { cwd: root, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`the PDF could not be printed:\n${result.stderr || result.stdout}`);
        logger.info(result.stdout.trim());
      },
    },
  };
}
