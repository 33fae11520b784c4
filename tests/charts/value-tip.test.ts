/** The words of a mark's tooltip (src/charts/value-tip.ts), in both languages. */
import { describe, expect, it } from 'vitest';
import { valueTip } from '../../src/charts/value-tip.ts';

describe('valueTip', () => {
  it('names the period and series, then the number in the figure format with its unit', () => {
    expect(valueTip('en', { what: ['2008', "Workers' remittances"], value: 1416, unit: 'US$ millions' })).toBe("2008, Workers' remittances: 1,416 US$ millions");
    expect(valueTip('en', { what: ['2010'], value: 1500, unit: 'US$ millions' })).toBe('2010: 1,500 US$ millions');
  });
  it('writes the number as Azerbaijani does, with the unit as the dataset translates it', () => {
    expect(valueTip('az', { what: ['2008', 'İşçi pul köçürmələri'], value: 1416.5, unit: 'mln ABŞ dolları' })).toBe('2008, İşçi pul köçürmələri: 1.416,5 mln ABŞ dolları');
  });
  it('keeps a figure published as text (a range, a qualifier) as written, with the unit', () => {
    expect(valueTip('en', { what: ['Abroad'], value: 'approximately 600,000–800,000', unit: 'persons' })).toBe('Abroad: approximately 600,000–800,000 persons');
  });
  it('leaves out empty parts and a missing unit; a missing number says so', () => {
    expect(valueTip('en', { what: ['', 'Baku', undefined, null], value: 38.25 })).toBe('Baku: 38.25');
    expect(valueTip('en', { what: [], value: 5, unit: ' ' })).toBe('5');
    expect(valueTip('az', { what: ['2001'], value: null, unit: 'nəfər' })).toBe('2001: məlumat yoxdur');
  });
});
