/** The PDF's statistical annex (annex.ts): each dataset the chapters' figures draw, once, whole, with its source and address. */
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/data/datasets.ts';
import { annexChapters } from '../../src/pdf/annex.ts';

const id = 'remittance-flows';
const dataset = registry.datasets.get(id)!;
const rows = registry.load(dataset).rows;

describe('the statistical annex', () => {
  it('gives a dataset under the first chapter that draws it, numbered, with its title, source, locator and every row', () => {
    const annex = annexChapters([{ title: 'Overview', datasets: [] }, { title: '4 Remittances', datasets: [id, id] }, { title: '5 Later', datasets: [id] }], registry, 'en', undefined);
    expect(annex.map((chapter) => chapter.title)).toEqual(['4 Remittances']);
    const [table] = annex[0]!.tables;
    expect(annex[0]!.tables).toHaveLength(1);
    expect(table!.heading).toBe(`Table A.1. ${dataset.title}`);
    expect(table!.source).toBe(`Source: World Bank 2011, as reproduced in Shahgaldiyev 2016 (${dataset.locator}).`);
    expect(table!.rows).toHaveLength(rows.length);
    expect(table!.columns).toHaveLength(Object.keys(dataset.row.shape).length);
    // Without the site's address, no address at all.
    expect(table!.csv).toBeUndefined();
  });

  it('gives the CSV’s address on the site, and the words of the other language', () => {
    const [table] = annexChapters([{ title: '4 Pul köçürmələri', datasets: [id] }], registry, 'az', 'https://report.test')[0]!.tables;
    expect(table!.csv).toBe(`Məlumatlar CSV formatında: https://report.test/data/${id}.csv`);
    expect(table!.heading).toMatch(/^Cədvəl A\.1\. /);
    expect(table!.source).toMatch(/^Mənbə:/);
  });
});
