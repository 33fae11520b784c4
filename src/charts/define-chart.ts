/**
 * A custom chart spec, for what the presets cannot draw: a pure function typed
 * against one dataset's rows, so a misspelt column is a type error.
 *
 *   export default defineChart(remittanceFlows, (rows, frame) => ({ plot: { marks: [...] } }));
 */
import type { Dataset, RowOf } from '../schemas/dataset.ts';
import type { ChartFrame, ChartSpecResult } from './preset.ts';

export interface CustomChart<D extends Dataset = Dataset> {
  dataset: D;
  spec(rows: readonly RowOf<D>[], frame: ChartFrame): ChartSpecResult;
}

export function defineChart<D extends Dataset>(dataset: D, spec: CustomChart<D>['spec']): CustomChart<D> {
  return { dataset, spec };
}
