/**
 * Every number of an Azerbaijani chapter is a number of its English chapter,
 * and the other way round: a translation neither adds, drops nor changes a
 * figure. Numbers are compared after their language's format is undone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { azerbaijaniNumbers, englishNumbers, readerText } from './numbers-in-text.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const translated = fs.existsSync(path.join(CONTENT, 'az')) ? fs.readdirSync(path.join(CONTENT, 'az')).filter((file) => file.endsWith('.mdx')).sort() : [];

describe('the number formats of the two languages', () => {
  it('read "1,554.5" in English and "1.554,5" in Azerbaijani as the same number', () => {
    expect(englishNumbers('US$ 1,554.5 million in 2008, 38.2 million, 16 to 25 per cent, section 10.3')).toEqual(['1554.5', '2008', '38.2', '16', '25', '10.3']);
    expect(azerbaijaniNumbers('2008-ci ildə 1.554,5 milyon ABŞ dolları, 38,2 milyon, 16–25 faiz, 10.3-cü bölmə')).toEqual(['2008', '1554.5', '38.2', '16', '25', '10.3']);
    expect(azerbaijaniNumbers('947.586 nəfər')).toEqual(['947586']);
  });

  it('read only what a reader reads: not imports, citations, link targets or data props', () => {
    const text = readerText(
      [
        '---',
        'title: Flows 2003',
        'datasets:',
        '  - flows-2010',
        '---',
        "import x from '../data/x-2011.chart.ts';",
        'In 2004 <Cite source="s-2005" locator="p. 6" /> see [this](/data/#dataset-x-2007).',
        '<Figure id="f-2008" where="year=2009" title="Title 2012" description="Text 2013" />',
      ].join('\n'),
    );
    expect(englishNumbers(text).sort()).toEqual(['2003', '2004', '2012', '2013']);
  });
});

describe.each(translated)('content/az/%s', (file) => {
  const english = englishNumbers(readerText(fs.readFileSync(path.join(CONTENT, file), 'utf8')));
  const azerbaijani = azerbaijaniNumbers(readerText(fs.readFileSync(path.join(CONTENT, 'az', file), 'utf8')));

  it('has an English original', () => {
    expect(fs.existsSync(path.join(CONTENT, file))).toBe(true);
  });

  it('states no number its English chapter lacks', () => {
    expect([...new Set(azerbaijani)].filter((number) => !english.includes(number))).toEqual([]);
  });

  it('states every number of its English chapter', () => {
    expect([...new Set(english)].filter((number) => !azerbaijani.includes(number))).toEqual([]);
  });
});
