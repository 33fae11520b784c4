/**
 * In the dev server, an edited CSV in data/ reloads the open pages. Figures read
 * their CSV from disk rather than import it, so Vite's module graph never learns
 * that a page depends on it and would not refresh the browser by itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** `data` is the report's data folder, relative to the project root. */
export function reloadOnDataChange(data: string): AstroIntegration {
  let dataDir = '';
  return {
    name: 'report-reload-on-data-change',
    hooks: {
      'astro:config:done': ({ config }) => {
        dataDir = fileURLToPath(new URL(`${data}/`, config.root));
      },
      'astro:server:setup': ({ server, logger }) => {
        const reload = (file: string) => {
          if (!isDataFile(file, dataDir)) return;
          logger.info(`${path.relative(dataDir, file)} changed: reloading the page`);
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.add(dataDir);
        server.watcher.on('change', reload);
        server.watcher.on('add', reload);
        server.watcher.on('unlink', reload);
      },
    },
  };
}

/** A CSV below data/: the files the figures read at render time. */
export function isDataFile(file: string, dataDir: string): boolean {
  const relative = path.relative(dataDir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && file.endsWith('.csv');
}
