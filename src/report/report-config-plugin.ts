/**
 * A Vite plugin that hands the report's config file to the engine as
 * "virtual:report-site/config", so no engine module imports the report by path.
 * Used by the site (astro.config.mjs) and the tests (vitest.config.ts).
 */
import path from 'node:path';
import type { Plugin } from 'vite';

export const REPORT_CONFIG_MODULE = 'virtual:report-site/config';
const RESOLVED = `\0${REPORT_CONFIG_MODULE}`;

export function reportConfigPlugin(configFile: string, root = process.cwd()): Plugin {
  const absolute = path.resolve(root, configFile).split(path.sep).join('/');
  return {
    name: 'report-site:config',
    resolveId: (id) => (id === REPORT_CONFIG_MODULE ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? `export { default } from ${JSON.stringify(absolute)};\nexport const configFile = ${JSON.stringify(configFile)};\n`
        : undefined,
  };
}
