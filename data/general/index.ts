import type { Dataset } from '../../src/schemas/dataset.ts';

export const generalDatasets: Dataset[] = [];
