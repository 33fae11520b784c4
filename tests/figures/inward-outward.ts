/** The props of the Remittances chapter's inward and outward flows figure, shared by the figure tests. */
import type { FigureProps } from '../../src/figures/build-figure.ts';

export const inwardOutward: FigureProps = {
  id: 'inward-outward',
  dataset: 'remittance-flows',
  preset: 'line',
  x: 'year',
  y: 'usd_millions',
  series: 'flow',
  where: 'component=Total',
  title: 'Remittances into and out of Azerbaijan',
  description: 'Inward flows grew faster than outward flows.',
};
