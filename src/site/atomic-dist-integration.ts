/**
 * A failed build never leaves a broken dist/: `astro build` writes into a
 * staging folder beside it (.dist-building/), and only when every step has
 * passed (pages, search index, PDF, headers, link check) does that folder
 * replace dist/. Until then the last good site stays where it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

export function atomicDist(): AstroIntegration {
  let finalDir: string | undefined;
  let stagingDir: string | undefined;
  let root = '';
  return {
    name: 'report-atomic-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        root = fileURLToPath(config.root);
        finalDir = fileURLToPath(config.outDir);
        stagingDir = path.join(path.dirname(finalDir), `.${path.basename(finalDir)}-building`);
        fs.rmSync(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${stagingDir}${path.sep}`) });
      },
      // Registered last, so it runs after every other step of the build.
      'astro:build:done': ({ logger }) => {
        if (!finalDir || !stagingDir) return;
        const previous = `${stagingDir}-previous`;
        fs.rmSync(previous, { recursive: true, force: true });
        if (fs.existsSync(finalDir)) fs.renameSync(finalDir, previous);
        fs.renameSync(stagingDir, finalDir);
        fs.rmSync(previous, { recursive: true, force: true });
        logger.info(`the site is in ${path.relative(root, finalDir) || '.'}/`);
      },
    },
  };
}
