/**
 * A custom chart spec, for what the presets cannot draw: a pure function typed
 * against one dataset's rows, so a misspelt column is a type error.
 *
 *   export default defineChart(remittanceFlows, (rows, frame) => ({ plot: { marks: [...] } }));
 */
import type { Dataset, RowOf } from '../schemas/dataset.ts';
import type { ChartFrame, ChartSpecResult } from './preset.ts';

/** What a custom spec is given besides its rows: the frame, and the rows of any other dataset it needs. */
export interface CustomChartFrame extends ChartFrame {
  /** The checked rows of another dataset (e.g. the names of what the chart's own rows refer to). */
  rowsOf<Other extends Dataset>(dataset: Other): readonly RowOf<Other>[];
}

export interface CustomChart<D extends Dataset = Dataset> {
  dataset: D;
  spec(rows: readonly RowOf<D>[], frame: CustomChartFrame): ChartSpecResult;
}

export function defineChart<D extends Dataset>(dataset: D, spec: CustomChart<D>['spec']): CustomChart<D> {
  return { dataset, spec };
}
