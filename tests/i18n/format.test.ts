/**
 * Numbers, dates and lists per language. What Intl prints comes from the ICU
 * data inside Node: the project's Node (the `node` devDependency, 24.21.0)
 * carries ICU 78.3 with CLDR 48.0, which these results were taken from. A Node
 * with other ICU data that writes Azerbaijani or English otherwise fails here,
 * not silently on the site. Plot's axis ticks in English are what Plot draws by
 * default, to the byte.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { d3Locale, formatDate, formatList, formatNumber, formatOneDecimal, formatPercent, numberFormat, tickFormat } from '../../src/i18n/format.ts';
import { renderSvg } from '../../src/figures/render-svg.ts';

describe('numbers, dates and lists in English and Azerbaijani', () => {
  it('says which ICU wrote them', () => {
    // Not an assertion on the version: the results below are what must not change.
    expect(process.versions.icu).toMatch(/^\d+\.\d+$/);
  });

  it('writes numbers', () => {
    expect(formatNumber(1234567.8, 'en')).toBe('1,234,567.8');
    expect(formatNumber(1234567.8, 'az')).toBe('1.234.567,8');
    expect(formatNumber(1287, 'en')).toBe('1,287');
    expect(formatNumber(1287, 'az')).toBe('1.287');
    expect(formatNumber(38.256, 'az')).toBe('38,26');
    expect(formatNumber(-53.6, 'en')).toBe('-53.6');
    expect(formatNumber(-53.6, 'az')).toBe('-53,6');
    expect(formatNumber(null, 'az')).toBe('–');
    expect(formatPercent(0.123, 'en')).toBe('12.3%');
    expect(formatPercent(0.123, 'az')).toBe('12,3%');
    expect(formatOneDecimal(3.996218, 'en')).toBe('4.0');
    expect(formatOneDecimal(12.34, 'az')).toBe('12,3');
  });

  it('writes dates and lists', () => {
    expect(formatDate('2026-12-02', 'en')).toBe('2 December 2026');
    expect(formatDate('2026-12-02', 'az')).toBe('2 dekabr 2026');
    expect(formatDate('2025-03-07', 'az')).toBe('7 mart 2025');
    expect(formatList(['A', 'B'], 'en')).toBe('A and B');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['A', 'B', 'C'], 'az')).toBe('A, B və C');
  });

  it('keeps one formatter per language and style', () => {
    expect(numberFormat('az', 'decimal')).toBe(numberFormat('az', 'decimal'));
    expect(numberFormat('az', 'decimal')).not.toBe(numberFormat('en', 'decimal'));
    expect(numberFormat('az', 'decimal').resolvedOptions().locale).toBe('az-Latn-AZ');
  });

  it("gives d3-format the language's marks, and d3's minus sign", () => {
    expect(d3Locale('en').format(',.1f')(-1234567.25)).toBe('−1,234,567.3');
    expect(d3Locale('az').format(',.1f')(-1234567.25)).toBe('−1.234.567,3');
    expect(d3Locale('az').format('.0%')(0.5)).toBe('50%');
  });
});

describe('axis ticks', () => {
  const ticks = (lang: 'en' | 'az', values: number[]) => values.map((value, index) => tickFormat(lang)(value, index, values));

  it('write as many decimals as the step needs, in the language', () => {
    expect(ticks('az', [0, 500000, 1000000])).toEqual(['0', '500.000', '1.000.000']);
    expect(ticks('az', [0, 0.5, 1])).toEqual(['0,0', '0,5', '1,0']);
    expect(ticks('az', [0.2, 0.30000000000000004, 0.4])).toEqual(['0,2', '0,3', '0,4']);
    expect(ticks('az', [-1000, 0, 1000])).toEqual(['−1.000', '0', '1.000']);
    expect(tickFormat('az')('Bakı', 0, ['Bakı'])).toBe('Bakı');
  });

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const axis = (domain: [number, number], tickFormatOption?: unknown) =>
    (Plot.plot({ document: document as unknown as Document, width: 640, height: 80, x: { domain, ...(tickFormatOption ? { tickFormat: tickFormatOption as never } : {}) }, marks: [Plot.ruleX([domain[0]])] }) as unknown as Element).outerHTML;

  it.each([
    [0, 1287],
    [0, 0.9],
    [-53.6, 1200],
    [0, 4_000_000],
    [0.001, 0.009],
    [1997, 2010],
  ] as [number, number][])('in English are Plot’s own, for %d to %d', (low, high) => {
    expect(axis([low, high], tickFormat('en'))).toBe(axis([low, high]));
  });

  it('in English are Plot’s own for a d3 specifier a chart gives', () => {
    expect(axis([0, 0.9], tickFormat('en', '.0%'))).toBe(axis([0, 0.9], '.0%'));
    expect(axis([0, 4_000_000], tickFormat('en', '~s'))).toBe(axis([0, 4_000_000], '~s'));
  });

  it('follow the page’s language in a drawn chart', () => {
    const plot: Plot.PlotOptions = { width: 640, height: 120, x: { domain: [0, 1500] }, marks: [Plot.ruleX([1200])] };
    const labels = { label: 'Şəkil 1. Sınaq', describedBy: 'd' };
    expect(renderSvg(plot, labels, 'az')).toContain('>1.400<');
    expect(renderSvg(plot, labels, 'en')).toContain('>1,400<');
  });
});
