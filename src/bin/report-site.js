#!/usr/bin/env node
/**
 * The engine's commands: report-site check | check:data | pdf | new.
 *
 * The engine ships its TypeScript sources, as Starlight does, so that Vite and
 * these commands run the same files. Node strips types from a project's own
 * files but refuses to under node_modules, where an installed engine lives; this
 * hook strips them there with Node's own stripper (module.stripTypeScriptTypes),
 * so there is no compiled copy to build, publish or let drift.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`report-site needs Node 22.18 or newer (this is ${process.version}); a report brings its own with the "node" package in devDependencies, which npm scripts and npx put first on the PATH`);
  process.exit(1);
}

// Loaded after the version check: older Node has no registerHooks to import.
const { registerHooks, stripTypeScriptTypes } = await import('node:module');

// Node marks its type stripper experimental, and says so on every run.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  if (String(warning).includes('stripTypeScriptTypes')) return;
  emitWarning(warning, ...rest);
};

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && url.includes('/node_modules/') && /\.m?ts$/.test(url)) {
      const source = readFileSync(fileURLToPath(url), 'utf8');
      return { format: 'module', source: stripTypeScriptTypes(source), shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
