/** The data-sharing network: every link of the dataset is drawn between two listed nodes. */
import { describe, expect, it } from 'vitest';
import network from '../../data/data-management/links.chart.ts';
import { registry } from '../../src/data/datasets.ts';
import { dataManagementLinks } from '../../data/data-management/links.ts';

const links = registry.load(dataManagementLinks).rows;
const { plot } = network.spec(links, { width: 640, xLabel: '', yLabel: '' });
const marks = (plot?.marks ?? []) as unknown as { ariaLabel?: string; data?: unknown[] }[];

describe('data-sharing network', () => {
  it('draws every link as an arc', () => {
    const arcs = marks.filter((mark) => mark.ariaLabel === 'arrow').flatMap((mark) => mark.data ?? []);
    expect(arcs).toHaveLength(links.length);
  });

  it('lists each institution or system that has a link once', () => {
    const nodes = (marks.find((mark) => mark.ariaLabel === 'dot')?.data ?? []) as { id: string }[];
    const ids = nodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of links) {
      expect(ids).toContain(link.from);
      expect(ids).toContain(link.to);
    }
  });
});
