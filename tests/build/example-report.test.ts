/**
 * The second report: examples/minimal/ is built by the same engine from its own
 * content/ and data/, with another title and language, and gets the same
 * figures, downloads, citations and checked links as the main site.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, cleanEnv, copyProject, removeCopies } from './build-site.ts';

const PRESETS = ['line', 'stacked-bar', 'bar', 'dot', 'range', 'timeline', 'route-map'];
let example = '';
let dist = '';
let output = '';
let status: number | null = null;

const page = (route: string) => parseHTML(fs.readFileSync(path.join(dist, route, 'index.html'), 'utf8')).document;
const CHAPTERS = ['', 'presets', 'custom-and-citations'];
/** The text of a figure's drawn chart (not of its legend swatches). */
const chartText = (figure: Element | null | undefined) => figure?.querySelector('svg.report-chart')?.textContent ?? '';

beforeAll(() => {
  example = path.join(copyProject('example'), 'examples/minimal');
  fs.rmSync(path.join(example, 'dist'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: example, encoding: 'utf8', env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1' } });
  output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  status = result.status;
  dist = path.join(example, 'dist');
});
afterAll(removeCopies);

describe('the example report', () => {
  it('builds into its own dist/ with every link checked', () => {
    expect(status, output).toBe(0);
    expect(output).toContain('every internal link and anchor resolves');
    for (const route of ['', 'presets', 'custom-and-citations', 'data']) expect(fs.existsSync(path.join(dist, route, 'index.html'))).toBe(true);
  });

  it('takes its title and language from its own config, and nothing from the main report', () => {
    const home = page('');
    expect(home.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(home.querySelector('title')?.textContent).toContain('Report-site author’s guide');
    const everyPage = ['', 'presets', 'custom-and-citations', 'data'].map((route) => fs.readFileSync(path.join(dist, route, 'index.html'), 'utf8')).join('\n');
    expect(everyPage).not.toContain('Migration in Azerbaijan');
  });

  it('draws one figure of every preset, numbered in order, each with its SVG, table and downloads', () => {
    const figures = [...page('presets').querySelectorAll('figure[id^="fig-"]')];
    expect(figures.map((figure) => figure.id)).toEqual(['fig-flows-line', 'fig-flows-stacked', 'fig-flows-bar', 'fig-flows-dot', 'fig-estimate-range', 'fig-events-timeline', 'fig-routes-map']);
    expect(figures).toHaveLength(PRESETS.length);
    figures.forEach((figure, index) => {
      // A timeline is drawn as an ordered list; every other preset as an SVG chart.
      expect(figure.querySelector(figure.id === 'fig-events-timeline' ? 'ol.figure-timeline li' : 'svg'), figure.id).not.toBeNull();
      // The presets are chapter 1.
      expect(figure.querySelector('.figure-number')?.textContent).toBe(`Figure 1.${index + 1}`);
      expect(figure.querySelector('table'), figure.id).not.toBeNull();
      expect(figure.querySelector('a[href$=".csv"]'), figure.id).not.toBeNull();
    });
  });

  it('draws the custom chart from its spec beside the dataset', () => {
    const figure = page('custom-and-citations').querySelector('#fig-inward-totals');
    expect(figure?.querySelector('svg rect')).not.toBeNull();
    // The spec labels each column with its value.
    expect(figure?.querySelector('svg')?.textContent).toContain('1,554');
  });

  it('serves each dataset as committed and as JSON citing its source', () => {
    const committed = fs.readFileSync(path.join(example, 'data/remittances/flows.csv'), 'utf8');
    expect(fs.readFileSync(path.join(dist, 'data/flows.csv'), 'utf8')).toBe(committed);
    const json = JSON.parse(fs.readFileSync(path.join(dist, 'data/flows.json'), 'utf8'));
    expect(json.source.key).toBe('world-bank-factbook-2011');
    expect(json.via.key).toBe('shahgaldiyev-2016');
    const catalogue = page('data');
    for (const id of ['flows', 'routes', 'estimate', 'events']) expect(catalogue.querySelector(`#dataset-${id}`), id).not.toBeNull();
  });

  it('lists the cited sources in the chapter references, and links the cross-reference', () => {
    const chapter = page('custom-and-citations');
    expect(chapter.querySelector('#ref-world-bank-factbook-2011')).not.toBeNull();
    expect(chapter.querySelector('#ref-shahgaldiyev-2016')).not.toBeNull();
    expect(chapter.querySelector('a[href="/presets/#fig-flows-line"]')).not.toBeNull();
  });

  it('writes each <FigRef> as the figure number, with the chapter title from another chapter', () => {
    const refs = [...page('custom-and-citations').querySelectorAll('a.figure-ref')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(refs).toEqual([
      // Chart presets is chapter 1, this chapter is chapter 2.
      ['Figure 2.1', '#fig-inward-totals'],
      ['Chart presets, Figure 1.1', '/presets/#fig-flows-line'],
    ]);
  });
});

describe('the example report in Azerbaijani', () => {
  it('publishes every chapter, the catalogue and the list of figures under /az/, in Azerbaijani', () => {
    expect(status, output).toBe(0);
    const titles: Record<string, string> = {
      '': 'Report-site üzrə müəllif bələdçisi',
      // The chapters carry their numbers: the home page is not numbered.
      presets: '1 Qrafik şablonları',
      'custom-and-citations': '2 Fərdi qrafiklər və istinadlar',
    };
    for (const route of CHAPTERS) {
      const chapter = page(path.join('az', route));
      expect(chapter.documentElement.getAttribute('lang'), route).toBe('az');
      expect(chapter.querySelector('h1')?.textContent?.trim(), route).toBe(titles[route]);
      expect(chapter.querySelector('title')?.textContent, route).toContain('Report-site üzrə müəllif bələdçisi');
      expect(chapter.querySelector('title')?.textContent, route).not.toContain('Report-site author’s guide');
    }
    for (const route of ['data', 'figures']) expect(page(path.join('az', route)).documentElement.getAttribute('lang'), route).toBe('az');
  });

  it('labels the sidebar in Azerbaijani, linking the Azerbaijani pages', () => {
    const links = [...page('az/presets').querySelectorAll('nav.sidebar a, #starlight__sidebar a')].map((link) => [link.textContent?.trim(), link.getAttribute('href')]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Buradan başlayın', '/az/'],
        ['Qrafik şablonları', '/az/presets/'],
        ['Fərdi qrafiklər və istinadlar', '/az/custom-and-citations/'],
        ['Məlumat kataloqu', '/az/data/'],
        ['Şəkillərin siyahısı', '/az/figures/'],
      ]),
    );
  });

  it('numbers the same figures "Şəkil N", with Azerbaijani words and numbers in their charts', () => {
    const english = [...page('presets').querySelectorAll('figure[id^="fig-"]')].map((figure) => figure.id);
    const figures = [...page('az/presets').querySelectorAll('figure[id^="fig-"]')];
    expect(figures.map((figure) => figure.id)).toEqual(english);
    figures.forEach((figure, index) => {
      expect(figure.querySelector('.figure-number')?.textContent, figure.id).toBe(`Şəkil 1.${index + 1}`);
      expect(figure.textContent, figure.id).not.toContain(`Figure 1.${index + 1}`);
      expect(figure.querySelector('.figure-data table caption')?.textContent, figure.id).toContain(`Şəkil 1.${index + 1}.`);
      // The CSV exists once, at the root; the JSON has a copy per language.
      expect(figure.querySelector('a[href$=".csv"]')?.getAttribute('href'), figure.id).toMatch(/^\/data\/[a-z-]+\.csv$/);
      expect(figure.querySelector('a[href$=".json"]')?.getAttribute('href'), figure.id).toMatch(/^\/az\/data\/[a-z-]+\.json$/);
    });
    const byId = (id: string) => figures.find((figure) => figure.id === id);
    // Axis labels from the translated column headers and unit, series and thousands as in Azerbaijani.
    const line = chartText(byId('fig-flows-line'));
    for (const words of ['mln ABŞ dolları', 'İl', 'Daxil olan', 'Xaricə göndərilən', '1.000']) expect(line, words).toContain(words);
    for (const words of ['Inward', 'Outward', 'US$ millions', 'Year', '1,000']) expect(line, words).not.toContain(words);
    expect(byId('fig-flows-stacked')?.textContent).toContain('İşçilərin pul köçürmələri');
    expect(chartText(byId('fig-flows-dot'))).toContain('Cəmi, Daxil olan: 1.554');
    expect(chartText(byId('fig-estimate-range'))).toContain('təxminən 30.000–50.000');
    expect(chartText(byId('fig-routes-map'))).toContain('Əfqanıstan → Azərbaycan (Avropaya aparan əsas marşrutlar)');
    expect(byId('fig-events-timeline')?.querySelector('ol.figure-timeline li')?.textContent).toContain('Azərbaycan müstəqilliyini bərpa edir');
    // The table keeps the dataset's rows, with headers in Azerbaijani.
    expect([...(byId('fig-flows-line')?.querySelectorAll('.figure-data table thead th') ?? [])].map((th) => th.textContent?.trim())).toEqual(['İl', 'Axın', 'Tərkib hissəsi', 'mln ABŞ dolları']);
  });

  it('draws the custom chart with the same bars, its own words and numbers in Azerbaijani', () => {
    const english = page('custom-and-citations').querySelector('#fig-inward-totals svg.report-chart');
    const chart = page('az/custom-and-citations').querySelector('#fig-inward-totals svg.report-chart');
    // The spec picks its rows by their labels, so the Azerbaijani page loses none of them.
    expect(chart?.querySelectorAll('rect').length).toBeGreaterThan(0);
    expect(chart?.querySelectorAll('rect').length).toBe(english?.querySelectorAll('rect').length);
    const text = chart?.textContent ?? '';
    for (const value of ['171', '228', '693', '813', '1.287', '1.554', '1.273', '1.472']) expect(text, value).toContain(value);
    expect(text).toContain('mln ABŞ dolları');
    expect(text).not.toContain('1,554');
    expect(text).not.toContain('US$ millions');
  });

  it('writes each <FigRef> in Azerbaijani and keeps links within the Azerbaijani pages', () => {
    const chapter = page('az/custom-and-citations');
    const refs = [...chapter.querySelectorAll('a.figure-ref')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(refs).toEqual([
      ['Şəkil 2.1', '#fig-inward-totals'],
      ['Qrafik şablonları, Şəkil 1.1', '/az/presets/#fig-flows-line'],
    ]);
    expect(chapter.querySelector('a[href="/az/presets/#fig-flows-line"]')).not.toBeNull();
    expect(chapter.querySelector('a[href="/presets/#fig-flows-line"]')).toBeNull();
    const home = page('az');
    expect(home.querySelector('.sl-markdown-content a[href="/az/presets/"]')).not.toBeNull();
    expect(home.querySelector('.sl-markdown-content a[href="/presets/"]')).toBeNull();
  });

  it('lists the cited sources with their Azerbaijani titles', () => {
    const chapter = page('az/custom-and-citations');
    expect(chapter.querySelector('#ref-world-bank-factbook-2011')?.textContent).toContain('Miqrasiya və pul köçürmələri üzrə məlumat toplusu 2011');
    expect(chapter.querySelector('#ref-shahgaldiyev-2016')?.textContent).toContain('Azərbaycanda miqrasiyaya dair analitik qiymətləndirmə hesabatı');
  });

  it('serves each dataset as JSON in Azerbaijani, with the same rows as the English JSON', () => {
    const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8'));
    for (const id of ['flows', 'routes', 'estimate', 'events']) {
      const english = read(`data/${id}.json`);
      const azerbaijani = read(`az/data/${id}.json`);
      expect(azerbaijani.rows, id).toEqual(english.rows);
      expect(azerbaijani.title, id).not.toBe(english.title);
      expect(azerbaijani.notes, id).toHaveLength(english.notes.length);
      expect(azerbaijani.source.key, id).toBe(english.source.key);
    }
    const flows = read('az/data/flows.json');
    expect(flows.title).toBe('Azərbaycana daxil olan və xaricə göndərilən pul köçürmələri axınları və onların tərkib hissələri, 2003–2010');
    expect(flows.unit).toBe('mln ABŞ dolları');
    expect(flows.columns.map((column: { label: string }) => column.label)).toEqual(['İl', 'Axın', 'Tərkib hissəsi', 'mln ABŞ dolları']);
    // The CSV is published once, as committed; there is no Azerbaijani copy.
    expect(fs.existsSync(path.join(dist, 'az/data/flows.csv'))).toBe(false);
    const catalogue = page('az/data');
    for (const id of ['flows', 'routes', 'estimate', 'events']) expect(catalogue.querySelector(`#dataset-${id}`), id).not.toBeNull();
    // The topics' headings from the config's translations, and each entry's own title.
    expect([...catalogue.querySelectorAll('main h2')].map((heading) => heading.textContent?.trim())).toEqual(['Pul köçürmələri', 'Qeyri-qanuni miqrasiya', 'Xronologiya']);
    expect(catalogue.querySelector('#dataset-flows')?.textContent).toContain(flows.title);
  });

  it('links each page to its translation with hreflang, both ways', () => {
    for (const route of CHAPTERS) {
      const alternates = (document: Document) =>
        Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
      const english = `/${route ? `${route}/` : ''}`;
      const azerbaijani = `/az${english}`;
      for (const document of [page(route), page(path.join('az', route))]) {
        expect(alternates(document), route).toMatchObject({ 'en-GB': english, az: azerbaijani, 'x-default': english });
      }
    }
  });

  it('offers both languages in the language switcher, each page selecting its own', () => {
    // The header and the mobile menu each have a switcher; both are the same.
    const options = (document: Document) => [...(document.querySelector('starlight-lang-select')?.querySelectorAll('option') ?? [])].map((option) => [option.textContent?.trim(), option.getAttribute('value')]);
    expect(options(page('presets'))).toEqual([
      ['English', '/presets/'],
      ['Azərbaycanca', '/az/presets/'],
    ]);
    const az = page('az/presets');
    expect(options(az)).toEqual([
      ['English', '/presets/'],
      ['Azərbaycanca', '/az/presets/'],
    ]);
    expect(az.querySelector('starlight-lang-select option[selected]')?.getAttribute('value')).toBe('/az/presets/');
  });
});
