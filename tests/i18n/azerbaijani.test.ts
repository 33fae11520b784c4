/**
 * The engine in Azerbaijani, without a build: a figure, its image, citation,
 * reuse, cross-reference, key figure, catalogue entry, PDF link and a chart's
 * "no data" come out in Azerbaijani, with Azerbaijani numbers, and none of the
 * English dictionary's words is left in them. The fixture's own content (its
 * titles, sources and notes) is English; its words are not counted.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildFigure } from '../../src/figures/build-figure.ts';
import { registry } from '../../src/data/datasets.ts';
import { inwardOutward } from '../figures/inward-outward.ts';
import type { ChapterAnalysis } from '../../src/chapters/analyse-chapter.ts';
import { standaloneSvg } from '../../src/figures/standalone-svg.ts';
import { figureReuse } from '../../src/figures/figure-reuse.ts';
import { reportCitation, type ReportIdentity } from '../../src/figures/citation.ts';
import { figureRefLink, siteFigures } from '../../src/chapters/site-figures.ts';
import { buildKeyFigure } from '../../src/figures/key-figure.ts';
import { buildCatalogue } from '../../src/data/catalogue.ts';
import { sizeSlot, stampHtml } from '../../src/pdf/pdf-links.ts';
import { presets } from '../../src/charts/presets/index.ts';
import { renderSvg } from '../../src/figures/render-svg.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { isInterfaceKey } from '../../src/i18n/interface-texts.ts';
import type { SiteFigure } from '../../src/figures/all-figures.ts';

const chapter: ChapterAnalysis = {
  file: 'content/remittances.mdx',
  figures: [{ id: 'inward-outward', number: '2', line: 20, dataset: 'remittance-flows', title: 'Inward and outward', attributes: { values: {} } }],
  citations: [],
  figureRefs: [],
  terms: [],
  corrections: [],
  comparisonTables: [],
};
const report: ReportIdentity = { title: 'Miqrasiya', slug: 'miqrasiya', authors: ['Birinci Müəllif', 'İkinci Müəllif', 'Üçüncü Müəllif'], edition: { version: '1.0', date: '2026-12-02' }, url: 'https://example.net/' };
const az = buildFigure({ ...inwardOutward, title: 'Pul köçürmələri', description: 'Daxil olan köçürmələr artıb.' }, chapter, registry, '/', 'az');
const chapterRef = { path: '/remittances/', title: 'Köçürmələr' };

/** Words of the engine's own English texts (not Starlight's or Pagefind's, which the engine does not write itself). */
const words = (text: string) => text.match(/\p{L}{2,}/gu) ?? [];
const englishWords = new Set(
  Object.entries(dictionaries.en)
    .filter(([key]) => !isInterfaceKey(key))
    .flatMap(([, text]) => words(text)),
);
for (const text of Object.values(dictionaries.az)) for (const word of words(text)) englishWords.delete(word); // PDF, CSV, JSON, MB…
/** The fixture's own English: titles, units, sources, notes and labels of its dataset and bibliography. */
const contentWords = new Set(
  [
    ...[...registry.datasets.values()].flatMap((dataset) => [dataset.title, dataset.unit, dataset.locator, ...dataset.notes, ...Object.values(dataset.columns)]),
    ...[...registry.bibliography.values()].flatMap((source) => [source.author, source.shortAuthor, source.title, source.series ?? '', source.publisher ?? '']),
    ...az.legend.map((item) => item.label),
    ...az.table.rows.flat(),
  ].flatMap(words),
);

function englishIn(text: string): string[] {
  return [...new Set(words(text).filter((word) => englishWords.has(word) && !contentWords.has(word)))];
}

function visibleText(markup: string): string {
  const { document } = parseHTML(`<div>${markup}</div>`);
  const labels = [...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label'));
  return `${document.querySelector('div')?.textContent ?? ''} ${labels.join(' ')}`;
}

describe('the engine in Azerbaijani', () => {
  it('has English words to look for, and finds them in English', () => {
    for (const word of ['Figure', 'Source', 'reproduced', 'Notes', 'Download', 'edition', 'Permalink', 'Embed']) expect(englishWords.has(word), word).toBe(true);
    const en = buildFigure({ ...inwardOutward }, chapter, registry, '/', 'en');
    const svg = standaloneSvg(en, { siteName: 'Migration', chapterTitle: 'Remittances', permalink: 'https://example.net/' });
    expect(englishIn(visibleText(svg))).toEqual(expect.arrayContaining(['Figure', 'Source', 'reproduced']));
  });

  it('names, captions and labels a figure', () => {
    expect(az.lang).toBe('az');
    // The unit comes from the dataset's Azerbaijani entry.
    expect(az.table.caption).toBe('Şəkil 2. Pul köçürmələri (mln ABŞ dolları)');
    expect(az.svg).toContain('aria-label="Şəkil 2. Pul köçürmələri"');
    expect(englishIn(`${az.table.caption} ${visibleText(az.svg)}`)).toEqual([]);
  });

  it('writes its numbers as Azerbaijani does, in the table and on the axes', () => {
    expect(az.table.rows.flat()).toContain('1.554');
    expect(az.svg).toMatch(/>1\.\d00</);
    expect(az.svg).not.toMatch(/>1,\d00</);
  });

  it('draws its image with an Azerbaijani source line', () => {
    const svg = standaloneSvg(az, { siteName: 'Miqrasiya', chapterTitle: 'Köçürmələr', permalink: 'https://example.net/remittances/#fig-inward-outward' });
    const text = visibleText(svg);
    expect(text).toContain('Şəkil 2');
    expect(text).toContain('Mənbə: World Bank 2011; təkrar dərc: Shahgaldiyev 2016');
    expect(text).toContain('Köçürmələr, Şəkil 2');
    expect(englishIn(text)).toEqual([]);
  });

  it('cites the figure and the report in Azerbaijani', () => {
    const reuse = figureReuse(az, chapterRef, report, registry.bibliography, '/');
    const report_ = reportCitation(report, 'az');
    expect(report_.text).toBe('Birinci Müəllif, İkinci Müəllif və Üçüncü Müəllif (2026). Miqrasiya, nəşr 1.0, 2 dekabr 2026. https://example.net/');
    expect(report_.bibtex).toContain('note = {Nəşr 1.0, 2 dekabr 2026}');
    expect(reuse.citation.text).toContain('Şəkil 2. Pul köçürmələri. Miqrasiya, Köçürmələr, nəşr 1.0, 2 dekabr 2026.');
    expect(reuse.citation.text).toContain('Təkrar dərc edildiyi mənbə:');
    expect(reuse.embedSnippet).toContain('title="Şəkil 2. Pul köçürmələri"');
    // BibTeX's field names ("month = dec") are the format's, not words of the text.
    const fieldValues = (bibtex: string) => bibtex.replace(/^\s*\w+ = /gm, '');
    // The snippet's frame, whose title a reader hears; the host script after it is code, not words.
    const [frame] = reuse.embedSnippet.split('\n');
    expect(englishIn(`${reuse.citation.text} ${fieldValues(reuse.citation.bibtex)} ${frame} ${report_.text} ${fieldValues(report_.bibtex)}`)).toEqual([]);
  });

  it('refers to a figure from its chapter and from another', () => {
    const figures = siteFigures([{ path: '/remittances/', title: 'Köçürmələr', analysis: chapter }]);
    expect(figureRefLink(figures.get('inward-outward')!, 'content/remittances.mdx', 'az').text).toBe('Şəkil 2');
    expect(figureRefLink(figures.get('inward-outward')!, 'content/other.mdx', 'az').text).toBe('Köçürmələr, Şəkil 2');
  });

  it('writes a key figure', () => {
    const entry: SiteFigure = { id: az.id, anchor: az.anchor, number: '2', hasChart: true, figure: az, chapter: chapterRef, chapterFile: chapter.file, dataset: inwardOutward.dataset, props: inwardOutward };
    const card = buildKeyFigure({ figure: 'inward-outward', row: 'year=2008; flow=Inward; component=Total', context: 'Ən yüksək il' }, [entry], registry, '/', 'content/index.mdx', 'az');
    expect(card.value).toBe('1.554');
    expect(card.source).toBe('World Bank 2011, Shahgaldiyev 2016 nəşrinə istinadən');
    expect(card.figureLabel).toBe('Köçürmələr, Şəkil 2');
    expect(englishIn(`${card.source} ${card.figureLabel}`)).toEqual([]);
  });

  it('lists a dataset in the catalogue', () => {
    const withTable = { ...chapter, comparisonTables: [{ id: 'flows-compared', dataset: 'remittance-flows' }] };
    const [entry] = buildCatalogue(registry, [{ ...chapterRef, analysis: withTable, quotes: ['remittance-flows'] }], 'az');
    expect(entry?.usedBy.map((use) => use.label)).toEqual(['Köçürmələr, Şəkil 2', 'Köçürmələr (müqayisə cədvəli)', 'Köçürmələr (mətndə)']);
    expect(entry?.usedBy[1]?.path).toBe('/remittances/#table-flows-compared');
    expect(englishIn(entry!.usedBy.map((use) => use.label).join(' '))).toEqual([]);
  });

  it('marks a gap in a chart and sizes the PDF in Azerbaijani', () => {
    const { plot } = presets.get('bar')!.spec([{ place: 'Bakı', n: 5 }, { place: 'Gəncə', n: null }], { x: 'n', y: 'place' }, { width: 640, lang: 'az', xLabel: 'Nəfər', yLabel: '' });
    expect(renderSvg(plot!, { label: 'Şəkil 1. Sınaq', describedBy: 'd' }, 'az')).toContain('məlumat yoxdur');
    const page = `<html lang="az"><body><p class="pdf-download" data-pdf-download=""><a href="/r.pdf" download>Hesabatı yüklə ${sizeSlot('az')}</a></p></body></html>`;
    expect(stampHtml(page, 3_996_218)).toContain('(PDF, 4,0 MB)');
  });
});
