/**
 * Screenshots of built pages, for looking at what readers see:
 *   npm run screenshot -- /remittances/ [more paths]
 *   SELECTOR='#fig-inward-outward' npm run screenshot -- /remittances/   (one element only)
 *   FULL_PAGE=0 npm run screenshot -- /data/   (first screen only)
 * Serves dist/ with `astro preview` and writes PNGs to test-results/screenshots/,
 * at 360 px and 1280 px wide, in light and dark themes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';

const port = 4329;
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/remittances/'];
const outDir = 'test-results/screenshots';
fs.mkdirSync(outDir, { recursive: true });

// Started directly (not through npx) so that killing it stops the server.
const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const server = spawn(process.execPath, [astro, 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      for (const path of paths) {
        await page.goto(`http://127.0.0.1:${port}${path}`);
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${theme}.png`;
        const selector = process.env.SELECTOR;
        if (selector) await page.locator(selector).first().screenshot({ path: `${outDir}/${name}` });
        else await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL_PAGE !== '0' });
        console.log(`${outDir}/${name}`);
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}
