/** Vitest global setup: a folder for this run's shared builds (shared-build.ts), removed at the end. */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILDS } from './build-site.ts';

export default function setup(project: TestProject): () => void {
  fs.mkdirSync(BUILDS, { recursive: true });
  const root = fs.mkdtempSync(path.join(BUILDS, 'shared-'));
  project.provide('sharedBuilds', root);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
