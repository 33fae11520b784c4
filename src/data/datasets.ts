/** The site's registry: the entries of data/index.ts, read from the data/ folder. */
import path from 'node:path';
import { datasets } from '../../data/index.ts';
import { createRegistry } from './registry.ts';

export const registry = createRegistry(datasets, path.resolve(process.cwd(), 'data'));
