import { describe, expect, it } from 'vitest';
import { citesAsObject } from '../../src/chapters/cite-as-object.ts';

describe('a citation is never the object of "by"', () => {
  it('names the file and line of "as reported by <Cite", across a line break', () => {
    const source = 'Intro.\n\nA figure <Cite source="a" /> as\nreported by <Cite source="b" />.\n';
    const problems = citesAsObject(source, 'content/x.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/x\.mdx:4: "by <Cite …\/>"/);
  });

  it('accepts the via= form and "by" elsewhere in the sentence', () => {
    expect(citesAsObject('Counted by the ministry <Cite source="a" via="b" viaLocator="Table 1" />.', 'x.mdx')).toEqual([]);
  });
});
