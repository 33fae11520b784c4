/** What a page of the dev server relies on: every dataset loads, every chapter reads, every figure id resolves. */
import { registry } from '../data/datasets.ts';
import { allChapters, checkedSiteFigures } from '../chapters/all-chapters.ts';

export async function checkProjectForDev(): Promise<void> {
  for (const dataset of registry.datasets.values()) registry.load(dataset);
  await allChapters();
  await checkedSiteFigures();
}
