/**
 * Every number of an Azerbaijani chapter is a number of its English chapter,
 * and the other way round: a translation neither adds, drops nor changes a
 * figure. Numbers are compared after their language's format is undone
 * (the engine's check does this for every translated chapter).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numbersIn, readerText, translatedNumberProblems } from '../../src/chapters/numbers-in-text.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const translated = fs.readdirSync(path.join(CONTENT, 'az')).filter((file) => file.endsWith('.mdx')).sort();

describe('the number formats of the two languages', () => {
  it('read "1,554.5" in English and "1.554,5" in Azerbaijani as the same number', () => {
    expect(numbersIn('US$ 1,554.5 million in 2008, 38.2 million, 16 to 25 per cent, section 10.3', 'en')).toEqual(['1554.5', '2008', '38.2', '16', '25', '10.3']);
    expect(numbersIn('2008-ci ildə 1.554,5 milyon ABŞ dolları, 38,2 milyon, 16–25 faiz, 10.3-cü bölmə', 'az')).toEqual(['2008', '1554.5', '38.2', '16', '25', '10.3']);
    expect(numbersIn('947.586 nəfər', 'az')).toEqual(['947586']);
    expect(numbersIn('1 554,5 millions', 'fr')).toEqual(['1554.5']);
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
    expect(numbersIn(text, 'en').sort()).toEqual(['2003', '2004', '2012', '2013']);
  });

  it('names a number a translation adds and one it leaves out', () => {
    const problems = translatedNumberProblems({ file: 'content/a.mdx', source: 'In 2008, 1,554 arrived.', lang: 'en' }, { file: 'content/az/a.mdx', source: '2009-cu ildə 1.554 nəfər gəlib.', lang: 'az' });
    expect(problems).toEqual(['content/az/a.mdx: states 1 number(s) that content/a.mdx does not: 2009; a translation keeps the original\'s numbers', 'content/az/a.mdx: leaves out 1 number(s) of content/a.mdx: 2008']);
  });
});

describe.each(translated)('content/az/%s', (file) => {
  it('states exactly the numbers of its English chapter', () => {
    const read = (name: string) => fs.readFileSync(path.join(CONTENT, name), 'utf8');
    expect(translatedNumberProblems({ file: `content/${file}`, source: read(file), lang: 'en' }, { file: `content/az/${file}`, source: read(`az/${file}`), lang: 'az' })).toEqual([]);
  });
});
