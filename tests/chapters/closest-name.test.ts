/** "Did you mean": the closest known name, never a long list of every id. */
import { describe, expect, it } from 'vitest';
import { didYouMean, likelyMeant } from '../../src/chapters/closest-name.ts';

const many = Array.from({ length: 70 }, (_, index) => `dataset-${index}`).concat(['remittance-flows']);

describe('didYouMean', () => {
  it('names the closest of a large set, and does not list the set', () => {
    expect(didYouMean('remitance-flows', many, 'datasets')).toBe('did you mean "remittance-flows"?');
  });

  it('lists a small set in full after the suggestion', () => {
    expect(didYouMean('lines', ['bar', 'line', 'dot'], 'presets')).toBe('did you mean "line"? (presets: bar, line, dot)');
  });

  it('suggests nothing far-fetched: a small set is listed, a large one only counted', () => {
    expect(didYouMean('direction', ['year', 'flow', 'usd_millions'], 'columns')).toBe('columns: year, flow, usd_millions');
    expect(didYouMean('zzzzzzzz', many, 'datasets')).toBe('none of the 71 datasets is close');
  });

  it('says so when there is nothing to choose from', () => {
    expect(didYouMean('flows', [], 'figures')).toBe('there are no figures yet');
  });
});

describe('likelyMeant', () => {
  it('finds a shortened or lengthened id by its start', () => {
    expect(likelyMeant('world-bank-2011', ['yunusov-2013', 'world-bank-factbook-2011'])).toBe('world-bank-factbook-2011');
    expect(likelyMeant('shahgaldiyev', ['yunusov-2013', 'shahgaldiyev-2016'])).toBe('shahgaldiyev-2016');
  });
});
