/** Runs the report's own Astro (astro check, astro build) in its folder, with this Node. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export function runAstro(root: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const require = createRequire(path.join(root, 'package.json'));
  const astroPackage = require.resolve('astro/package.json');
  const bin = path.join(path.dirname(astroPackage), 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}
