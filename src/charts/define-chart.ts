/**
 * A custom chart spec, for what the presets cannot draw: a pure function typed
 * against one dataset's rows, so a misspelt column is a type error.
 *
 *   export default defineChart(remittanceFlows, (rows, frame) => ({ plot: { marks: [...] } }));
 */
import type { Dataset, RowOf } from '../schemas/dataset.ts';
import type { ChartFrame, ChartSpecResult } from './preset.ts';

/**
 * What a custom spec is given besides its rows. The rows, its own and those of
 * rowsOf, hold their values as the CSV writes them, so comparisons such as
 * `row.flow === 'Inward'` hold in every language; what the chart shows of a
 * text value goes through valueLabel (or labelOf for another dataset), which
 * gives it in the page's language.
 */
export interface CustomChartFrame extends ChartFrame {
  /** A value of the chart's own dataset as the page's language writes it: valueLabel('flow', 'Inward') is "Daxil olan" on an Azerbaijani page. */
  valueLabel(column: string, value: string): string;
  /** The checked rows of another dataset (e.g. the names of what the chart's own rows refer to). */
  rowsOf<Other extends Dataset>(dataset: Other): readonly RowOf<Other>[];
  /** A value of another dataset as the page's language writes it. */
  labelOf(dataset: Dataset, column: string, value: string): string;
}

export interface CustomChart<D extends Dataset = Dataset> {
  dataset: D;
  spec(rows: readonly RowOf<D>[], frame: CustomChartFrame): ChartSpecResult;
}

export function defineChart<D extends Dataset>(dataset: D, spec: CustomChart<D>['spec']): CustomChart<D> {
  return { dataset, spec };
}
