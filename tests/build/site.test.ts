/**
 * The built site: the Remittances chapter has its figures with SVG, table,
 * source line and working downloads whose numbers equal the CSV; two builds
 * in different folders give identical files; a bad CSV stops the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parse } from 'csv-parse/sync';
import { buildCopy, listFiles, removeCopies, type BuildResult } from './build-site.ts';
import { sharedBuild } from './shared-build.ts';
import { checkLinks } from '../../src/site/check-links.ts';
import { serveDist } from '../browser/static-server.ts';
import { englishLeftovers } from './azerbaijani-edition.ts';
import { dataPackageProfileProblems } from '../data/data-package-profile.ts';
import { tableSchemaProblems } from '../data/table-schema-check.ts';

let first: BuildResult;
let page: Document;

beforeAll(async () => {
  first = await sharedBuild();
  if (first.status !== 0) throw new Error(`the build failed:\n${first.output}`);
  page = parseHTML(fs.readFileSync(path.join(first.dist, 'remittances/index.html'), 'utf8')).document as unknown as Document;
});

afterAll(removeCopies);

const figures = () => [...page.querySelectorAll('figure.report-figure')];
const csvText = fs.readFileSync('data/remittances/flows.csv', 'utf8');
const csvRows = parse(csvText, { columns: true }) as Record<string, string>[];

describe('the Remittances chapter in dist/', () => {
  it('has at least three figures, each a complete, citable unit', () => {
    expect(figures().length).toBeGreaterThanOrEqual(3);
    for (const figure of figures()) {
      const svg = figure.querySelector('svg.report-chart');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toMatch(/^Figure 4\.\d+\. \S/);
      const description = page.getElementById(svg?.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent?.length).toBeGreaterThan(40);
      expect(figure.querySelector('details table tbody tr')).not.toBeNull();
      expect(figure.querySelector('.figure-source')?.textContent).toMatch(/^Source: /);
      expect(figure.querySelector(`a.figure-number[href="#${figure.id}"]`)).not.toBeNull();
    }
  });

  it('numbers figures 4.1, 4.2, 4.3… in page order, remittances being chapter 4', () => {
    expect(figures().map((figure) => figure.querySelector('.figure-number')?.textContent)).toEqual(figures().map((_, index) => `Figure 4.${index + 1}`));
  });

  it('numbers the chapters in the sidebar as their titles are numbered, in both languages; the rest of the sidebar is unnumbered', () => {
    for (const [file, prefix] of [['remittances/index.html', ''], ['az/remittances/index.html', '/az']] as const) {
      const sidebar = parseHTML(fs.readFileSync(path.join(first.dist, file), 'utf8')).document.querySelector('#starlight__sidebar');
      const number = (slug: string) => sidebar?.querySelector(`a[href="${prefix}/${slug}/"]`)?.getAttribute('data-chapter-number');
      expect([number('legal-migration'), number('remittances'), number('sources-and-methods')], file).toEqual(['1', '4', null]);
    }
  });

  it('links every source line and citation to an entry of the references list', () => {
    const links = [...page.querySelectorAll('.figure-source a, .cite a')].map((link) => link.getAttribute('href') ?? '');
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) {
      expect(href).toMatch(/^#ref-/);
      expect(page.getElementById(href.slice(1))?.closest('section.references')).not.toBeNull();
    }
    expect(page.querySelector('#ref-world-bank-factbook-2011')?.textContent).toContain('Migration and Remittances Factbook 2011');
  });

  it('offers CSV and JSON downloads that exist in dist/ and hold the numbers of the CSV', () => {
    for (const figure of figures()) {
      for (const link of figure.querySelectorAll('.figure-downloads a[download]')) {
        const href = link.getAttribute('href') ?? '';
        expect(fs.existsSync(path.join(first.dist, href))).toBe(true);
      }
    }
    expect(fs.readFileSync(path.join(first.dist, 'data/remittance-flows.csv'), 'utf8')).toBe(csvText);
    const json = JSON.parse(fs.readFileSync(path.join(first.dist, 'data/remittance-flows.json'), 'utf8'));
    expect(json.source.key).toBe('world-bank-factbook-2011');
    expect(json.rows).toHaveLength(csvRows.length);
    json.rows.forEach((row: Record<string, unknown>, index: number) => {
      const cell = csvRows[index]?.usd_millions;
      expect(row.usd_millions).toBe(cell === '-' ? null : Number(cell));
      expect(row.year).toBe(Number(csvRows[index]?.year));
    });
  });

  it('shows in the table of Figure 1 the inward and outward totals of Table 5', () => {
    const table = page.querySelector('#fig-inward-outward .figure-data table');
    const shown = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));
    const expected = csvRows
      .filter((row) => row.component === 'Total')
      .map((row) => [row.year, row.flow, 'Total', row.usd_millions === '-' ? '–' : Number(row.usd_millions).toLocaleString('en-GB')]);
    expect(shown).toEqual(expected);
    expect(shown).toContainEqual(['2008', 'Inward', 'Total', '1,554']);
  });

  it('needs no JavaScript to show a chart: the SVG is in the HTML, wide and narrow', () => {
    for (const figure of figures()) {
      expect(figure.querySelector('.figure-chart-wide > svg.report-chart')).not.toBeNull();
      const narrow = figure.querySelector('.figure-chart-narrow > svg.report-chart');
      expect(narrow?.getAttribute('viewBox')).toMatch(/^0 0 360 /);
    }
  });
});

describe('the data catalogue in dist/', () => {
  it('lists every dataset with working CSV and JSON downloads', async () => {
    const { registry } = await import('../../src/data/datasets.ts');
    const catalogue = parseHTML(fs.readFileSync(path.join(first.dist, 'data/index.html'), 'utf8')).document;
    const sections = [...catalogue.querySelectorAll('section.catalogue-entry')];
    expect(sections).toHaveLength(registry.datasets.size);
    for (const section of sections) {
      const links = [...section.querySelectorAll('a[download]')].map((link) => link.getAttribute('href') ?? '');
      // Its CSV and JSON, and the SVG and PNG of each chart that draws it.
      expect(links.filter((link) => /^\/data\/[^/]+\.(csv|json)$/.test(link))).toHaveLength(2);
      for (const link of links) expect(fs.existsSync(path.join(first.dist, link))).toBe(true);
    }
  });

  it('links a dataset to the figures that draw it, and to the chapters that quote it in their text', () => {
    const catalogue = parseHTML(fs.readFileSync(path.join(first.dist, 'data/index.html'), 'utf8')).document;
    const usedIn = (id: string) => catalogue.querySelector(`section[aria-labelledby="dataset-${id}"]`)?.textContent ?? '';
    expect(catalogue.querySelector('section[aria-labelledby="dataset-remittance-flows"] a[href="/remittances/#fig-inward-outward"]')).not.toBeNull();
    expect(usedIn('remittance-rural-share')).toContain('Remittances (in the text)');
    // Every dataset is drawn or quoted somewhere.
    expect(catalogue.body.textContent).not.toContain('no chapter yet');
  });

  it('offers every dataset in one zip file', async () => {
    const { unzipSync } = await import('fflate');
    const { registry } = await import('../../src/data/datasets.ts');
    const files = unzipSync(fs.readFileSync(path.join(first.dist, 'data/all-datasets.zip')));
    expect(Object.keys(files)).toHaveLength(registry.datasets.size * 2 + 1);
    expect(new TextDecoder().decode(files['remittance-flows.csv'])).toBe(csvText);
    expect(new TextDecoder().decode(files['datapackage.json'])).toBe(fs.readFileSync(path.join(first.dist, 'data/datapackage.json'), 'utf8'));
  });

  it('publishes a Data Package v2 that the profile accepts, whose every CSV passes its Table Schema', async () => {
    const { registry } = await import('../../src/data/datasets.ts');
    const descriptor = JSON.parse(fs.readFileSync(path.join(first.dist, 'data/datapackage.json'), 'utf8'));
    expect(dataPackageProfileProblems(descriptor)).toEqual([]);
    expect(descriptor.resources.map((resource: { name: string }) => resource.name)).toEqual([...registry.datasets.keys()].sort());
    for (const resource of descriptor.resources) {
      const csv = fs.readFileSync(path.join(first.dist, 'data', resource.path), 'utf8');
      expect(tableSchemaProblems(csv, resource.schema), resource.path).toEqual([]);
      expect(Buffer.byteLength(csv), resource.path).toBe(resource.bytes);
    }
  });
});

describe('the metadata of the datasets in dist/', () => {
  const SITE = 'https://example.org/';
  // An address under the site's address, as the file in dist/ that serves it.
  const distFile = (url: string) => {
    expect(url.startsWith(SITE), url).toBe(true);
    const file = path.join(first.dist, new URL(url).pathname);
    return url.endsWith('/') ? path.join(file, 'index.html') : file;
  };

  it('puts CSVW metadata beside every CSV, naming it by its absolute address, with a column per CSV column', async () => {
    const { registry } = await import('../../src/data/datasets.ts');
    for (const id of registry.datasets.keys()) {
      const metadata = JSON.parse(fs.readFileSync(path.join(first.dist, `data/${id}.csv-metadata.json`), 'utf8'));
      expect(metadata['@context'][0]).toBe('http://www.w3.org/ns/csvw');
      expect(metadata.url).toBe(`${SITE}data/${id}.csv`);
      expect(fs.existsSync(distFile(metadata.url))).toBe(true);
      const header = parse(fs.readFileSync(distFile(metadata.url), 'utf8'), { to_line: 1 })[0];
      expect(metadata.tableSchema.columns.map((column: { name: string }) => column.name)).toEqual(header);
      expect(metadata['dc:title']).toBe(registry.datasets.get(id)?.title);
    }
  });

  it('publishes a DCAT catalogue that reads as JSON-LD, with every dataset and downloads that exist in dist/', async () => {
    const { registry } = await import('../../src/data/datasets.ts');
    const { default: jsonld } = await import('jsonld');
    const { report } = await import('../../src/report/report.ts');
    const catalogue = JSON.parse(fs.readFileSync(path.join(first.dist, 'data/catalog.jsonld'), 'utf8'));
    const [expanded] = await jsonld.expand(catalogue);
    expect(expanded?.['@type']).toEqual(['http://www.w3.org/ns/dcat#Catalog']);
    const datasets = catalogue['dcat:dataset'];
    expect(datasets.map((dataset: { 'dct:identifier': string }) => dataset['dct:identifier'])).toEqual([...registry.datasets.keys()].sort());
    for (const dataset of datasets) {
      expect(dataset['dct:modified']).toEqual({ '@value': report.edition.date, '@type': 'xsd:date' });
      const urls = [dataset['dcat:landingPage']['@id'], ...dataset['dcat:distribution'].map((distribution: { 'dcat:downloadURL': { '@id': string } }) => distribution['dcat:downloadURL']['@id'])];
      for (const url of urls) expect(fs.existsSync(distFile(url.replace(/#.*$/, ''))), url).toBe(true);
    }
  });
});

describe('the page of each dataset in dist/', () => {
  it('exists in every language, linked from the catalogue, with its schema.org Dataset, preview and columns', async () => {
    const { registry } = await import('../../src/data/datasets.ts');
    for (const prefix of ['', 'az/']) {
      const catalogue = parseHTML(fs.readFileSync(path.join(first.dist, `${prefix}data/index.html`), 'utf8')).document;
      for (const [id, dataset] of registry.datasets) {
        expect(catalogue.querySelector(`h3#dataset-${id} a[href="/${prefix}data/${id}/"]`), id).not.toBeNull();
        const page = parseHTML(fs.readFileSync(path.join(first.dist, `${prefix}data/${id}/index.html`), 'utf8')).document;
        const [script, ...more] = [...page.querySelectorAll('script[type="application/ld+json"]')];
        expect(more).toEqual([]);
        const jsonLd = JSON.parse(script?.textContent ?? '');
        expect(jsonLd).toMatchObject({ '@type': 'Dataset', identifier: id, url: `https://example.org/${prefix}data/${id}/` });
        for (const download of jsonLd.distribution) expect(fs.existsSync(path.join(first.dist, new URL(download.contentUrl).pathname)), download.contentUrl).toBe(true);
        const { rows } = registry.load(dataset);
        expect(page.querySelectorAll('#preview + div table tbody tr').length).toBe(Math.min(rows.length, 10));
        expect([...page.querySelectorAll('#columns + div table tbody td code')].map((code) => code.textContent)).toEqual(Object.keys(dataset.columns));
      }
    }
  });
});

describe('the citation_* meta tags in dist/', () => {
  it('cite the report on the home page and each chapter inside it, per language, from the report config; none on engine pages; no PDF address without SITE_URL', async () => {
    const { report: config } = await import('../../src/report/report.ts');
    const meta = (file: string) => {
      const document = parseHTML(fs.readFileSync(path.join(first.dist, file), 'utf8')).document;
      const tags = [...document.querySelectorAll('meta[name^="citation_"]')].map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')]);
      // A numbered chapter's heading starts with its number ("4 Remittances"); the citation names the title.
      const h1 = document.querySelector('main h1');
      return { tags, h1: h1?.textContent?.replace(h1.querySelector('.chapter-number')?.textContent ?? '', '').trim() };
    };
    for (const [prefix, lang, title] of [['', 'en', config.title], ['az/', 'az', config.translations?.az?.title]] as const) {
      for (const page of ['index.html', 'remittances/index.html']) {
        const { tags, h1 } = meta(`${prefix}${page}`);
        const chapter = page !== 'index.html';
        expect(tags, `${prefix}${page}`).toEqual([
          ['citation_title', chapter ? h1 : title],
          ...(chapter ? [['citation_inbook_title', title]] : []),
          ...config.authors.map((author) => ['citation_author', author]),
          ['citation_publication_date', config.edition.date.replaceAll('-', '/')],
          ['citation_publisher', config.authors.join(', ')],
          ['citation_language', lang],
        ]);
      }
      expect(meta(`${prefix}data/index.html`).tags).toEqual([]);
    }
  });
});

describe('the glossary in dist/', () => {
  const glossaryPage = () => parseHTML(fs.readFileSync(path.join(first.dist, 'glossary/index.html'), 'utf8')).document;

  it('lists every term alphabetically, with its definition, its source and the chapters that mark it', async () => {
    const { default: terms } = await import('../../content/glossary.ts');
    const doc = glossaryPage();
    const listed = [...doc.querySelectorAll('.glossary-list dt')];
    expect(listed.map((dt) => dt.id)).toEqual(
      [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })).map((term) => `term-${term.id}`),
    );
    for (const term of terms) {
      const entry = doc.getElementById(`term-${term.id}`)?.nextElementSibling;
      expect(entry?.textContent).toContain(term.definition);
      const source = entry?.querySelector(`a[href="#ref-${term.source}"]`);
      expect(source?.textContent).toContain(term.locator);
      expect(doc.getElementById(`ref-${term.source}`)).not.toBeNull();
    }
    const remittances = doc.getElementById('term-remittances')?.nextElementSibling;
    expect(remittances?.querySelector('a[href="/remittances/"]')?.textContent).toBe('Remittances');
    expect(doc.getElementById('term-idp')?.nextElementSibling?.textContent).toContain('Other names, not used in this report: displaced person.');
  });

  it('renders a <Term> as a link to the glossary, described by its definition, with no script', async () => {
    const { default: terms } = await import('../../content/glossary.ts');
    const term = terms.find((entry) => entry.id === 'remittances')!;
    const link = page.querySelector('a.term-link[href="/glossary/#term-remittances"]');
    expect(link?.textContent).toBe('remittances');
    const definition = page.getElementById(link?.getAttribute('aria-describedby') ?? '');
    expect(definition?.textContent).toBe(`remittances: ${term.definition}`);
    expect(definition?.closest('.term')).toBe(link?.closest('.term'));
    expect(definition?.closest('a')).toBeNull();
    // Shown by the site's stylesheet on hover and on keyboard focus: no JavaScript involved.
    const css = [...page.querySelectorAll('link[rel="stylesheet"]')].map((sheet) => fs.readFileSync(path.join(first.dist, sheet.getAttribute('href') ?? ''), 'utf8')).join('');
    expect(css).toMatch(/\.term:hover>\.term-definition,\.term:focus-within>\.term-definition\{display:block\}/);
  });

  it('is printed at the back of the book: the last page the PDF takes from the sidebar', async () => {
    const { default: config } = await import('../../content/report.config.ts');
    const printed = config.sidebar.filter((item) => 'slug' in item || !/^\/(data|figures)\//.test(item.link));
    expect(printed.at(-1)).toMatchObject({ label: 'Glossary', link: '/glossary/' });
  });
});

describe('the Azerbaijani edition in dist/', () => {
  const read = (file: string) => fs.readFileSync(path.join(first.dist, file), 'utf8');
  const doc = (file: string) => parseHTML(read(file)).document as unknown as Document;
  const azPages = () => listFiles(path.join(first.dist, 'az')).filter((file) => file.endsWith('.html')).map((file) => `az/${file}`);

  it('has every chapter and engine page of the English site under /az/, in Azerbaijani', () => {
    const english = listFiles(first.dist).filter((file) => file.endsWith('index.html') && !file.startsWith('az/'));
    expect(english.length).toBeGreaterThan(20);
    for (const file of english) {
      const translated = `az/${file}`;
      expect(fs.existsSync(path.join(first.dist, translated)), translated).toBe(true);
      expect(read(translated)).toMatch(/<html[^>]* lang="az"/);
    }
  });

  it('links each page to its translation both ways, with a language switcher', () => {
    for (const [page, other] of [['remittances/index.html', 'az/remittances/index.html'], ['az/data/index.html', 'data/index.html']] as const) {
      const html = read(page);
      expect(html).toContain(`hreflang="az" href="https://example.org/az/${page.replace(/^az\//, '').replace(/index\.html$/, '')}"`);
      expect(html).toContain(`hreflang="en" href="https://example.org/${other.replace(/^az\//, '').replace(/index\.html$/, '')}"`);
      // Starlight draws the switcher twice (header and mobile menu).
      expect(new Set([...doc(page).querySelectorAll('starlight-lang-select option')].map((option) => option.textContent?.trim()))).toEqual(new Set(['English', 'Azərbaycanca']));
    }
  });

  it('shows no English interface word on any Azerbaijani page', () => {
    // The same check finds them on the English page.
    expect(englishLeftovers(read('remittances/index.html'))).toEqual(expect.arrayContaining(['On this page', 'Show the numbers']));
    const leftovers = azPages().flatMap((file) => englishLeftovers(read(file)).map((words) => `${file}: "${words}"`));
    expect(leftovers).toEqual([]);
  });

  it('draws the same figures with Azerbaijani numbers, labels and number formats', () => {
    const english = doc('remittances/index.html');
    const azerbaijani = doc('az/remittances/index.html');
    const ids = (page: Document) => [...page.querySelectorAll('figure.report-figure')].map((figure) => figure.id);
    expect(ids(azerbaijani)).toEqual(ids(english));
    const figure = azerbaijani.querySelector('#fig-inward-outward')!;
    // Remittances is chapter 4 of the reading order.
    expect(figure.querySelector('.figure-number')?.textContent).toBe('Şəkil 4.2');
    expect(figure.querySelector('svg.report-chart')?.getAttribute('aria-label')).toMatch(/^Şəkil 4\.2\. /);
    expect(figure.querySelector('.figure-source')?.textContent).toMatch(/^Mənbə: /);
    // Table 5's 2008 inward total, 1,554 in English, with the Azerbaijani thousands separator.
    expect(figure.querySelector('details table')?.textContent).toContain('1.554');
    expect(figure.querySelector('svg.report-chart')?.textContent).toContain('Daxil olan');
  });

  it('serves the JSON of each dataset in Azerbaijani, with the same rows and column names as the English', () => {
    const english = JSON.parse(read('data/remittance-flows.json')) as { title: string; rows: unknown[]; columns: { name: string; label: string }[] };
    const azerbaijani = JSON.parse(read('az/data/remittance-flows.json')) as typeof english;
    expect(azerbaijani.rows).toEqual(english.rows);
    expect(azerbaijani.columns.map((column) => column.name)).toEqual(english.columns.map((column) => column.name));
    expect(azerbaijani.title).not.toBe(english.title);
    expect(azerbaijani.columns.find((column) => column.name === 'year')?.label).toBe('İl');
  });

  it('indexes each language apart for search', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['az', 'en']);
    expect(entry.languages.az!.page_count).toBe(entry.languages.en!.page_count);
  });

  it('keeps the sidebar and the glossary in Azerbaijani', () => {
    const home = doc('az/index.html');
    const sidebar = [...home.querySelectorAll('nav[aria-label] a[href]')].map((link) => link.getAttribute('href'));
    expect(sidebar).toContain('/az/glossary/');
    expect(sidebar).toContain('/az/data/');
    expect(sidebar.filter((href) => href?.startsWith('/') && !href.startsWith('/az/'))).toEqual([]);
    expect(doc('az/glossary/index.html').querySelector('#term-refugee dfn')?.textContent).toBe('qaçqın');
  });
});

describe('the main points and the routes in words in dist/', () => {
  const built = (pathname: string) => parseHTML(fs.readFileSync(path.join(first.dist, pathname, 'index.html'), 'utf8')).document as unknown as Document;

  it('marks each chapter\'s main points, heading and list, for their box, in both languages', () => {
    for (const [pathname, heading] of [['legal-migration', 'Main points'], ['az/legal-migration', 'Əsas məqamlar']] as const) {
      const marked = built(pathname).querySelector('h2.main-points-heading');
      expect(marked?.textContent).toBe(heading);
      const list = marked?.parentElement?.nextElementSibling;
      expect(list?.matches('ul.main-points')).toBe(true);
      expect(list?.querySelectorAll(':scope > li').length).toBeGreaterThanOrEqual(3);
    }
    expect(built('legal-migration').querySelectorAll('.main-points-heading, ul.main-points')).toHaveLength(2);
  });

  it('lists a route map\'s routes in words under the map, by kind, from → via → to, in the page\'s language', () => {
    const routes = (pathname: string) => [...built(pathname).querySelectorAll('#fig-routes-map .figure-routes > ul > li')];
    const en = routes('trafficking');
    expect(en.map((group) => group.querySelector('.figure-routes-kind')?.textContent?.trim())).toEqual(['origin', 'transit', 'destination']);
    expect(en[1]?.querySelector('ul > li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Uzbekistan → Azerbaijan → Turkey (forced prostitution)');
    const az = routes('az/trafficking');
    expect(az.map((group) => group.querySelectorAll('ul > li').length)).toEqual(en.map((group) => group.querySelectorAll('ul > li').length));
    expect(az[1]?.querySelector('ul > li')?.textContent).toContain('Özbəkistan → Azərbaycan → Türkiyə');
  });
});

describe('link integrity', () => {
  it('every internal link, asset and #anchor in dist/ resolves', () => {
    expect(checkLinks(first.dist)).toEqual([]);
  });

  it('a link to a missing page or anchor stops the build, naming the page and the link', () => {
    const broken = buildCopy('broken-link', (dir) => {
      const file = path.join(dir, 'content/remittances.mdx');
      fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\nSee [nowhere](/no-such-chapter/) and [a figure](/remittances/#fig-none).\n`);
    });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('page /remittances/: link "/no-such-chapter/": no such file in dist/');
    expect(broken.output).toContain('page /remittances/: link "/remittances/#fig-none": no element with id "fig-none" on that page');
  });
});

describe('a build under a sub-path (BASE_PATH=/az-migration/)', () => {
  it('links every page, asset, download and anchor under that prefix only', async () => {
    const sub = buildCopy('sub-path', undefined, { BASE_PATH: '/az-migration/', SITE_URL: 'https://example.org' });
    expect(sub.status, sub.output).toBe(0);
    expect(checkLinks(sub.dist, '/az-migration/')).toEqual([]);
    const html = fs.readFileSync(path.join(sub.dist, 'remittances/index.html'), 'utf8');
    expect(html).toContain('href="/az-migration/legal-migration/"');
    expect(html).toContain('href="/az-migration/data/remittance-flows.csv"');
    // A cross-reference from another chapter, and the list of figures, under the prefix too.
    const cover = fs.readFileSync(path.join(sub.dist, 'index.html'), 'utf8');
    expect(cover).toContain('<a class="figure-ref" href="/az-migration/legal-migration/#fig-net-migration">');
    expect(cover).toContain('href="/az-migration/remittances/#fig-inward-outward"');
    expect(fs.readFileSync(path.join(sub.dist, 'figures/index.html'), 'utf8')).toContain('href="/az-migration/remittances/#fig-inward-outward"');
    const server = await serveDist(sub.dist, '/az-migration/');
    try {
      for (const url of ['/az-migration/', '/az-migration/remittances/', '/az-migration/data/remittance-flows.csv', '/az-migration/pagefind/pagefind.js']) {
        expect((await fetch(`${server.origin}${url}`)).status, url).toBe(200);
      }
      expect((await fetch(`${server.origin}/remittances/`)).status).toBe(404);
    } finally {
      await server.close();
    }
    // What hosts and search engines read: robots.txt, sitemap, canonical URLs, social cards, 404, _headers.
    const read = (file: string) => fs.readFileSync(path.join(sub.dist, file), 'utf8');
    expect(read('robots.txt')).toContain('Sitemap: https://example.org/az-migration/sitemap-index.xml');
    expect(read('sitemap-0.xml')).toContain('<loc>https://example.org/az-migration/remittances/</loc>');
    expect(html).toContain('<link rel="canonical" href="https://example.org/az-migration/remittances/"/>');
    expect(html).toContain('<meta property="og:url" content="https://example.org/az-migration/remittances/"/>');
    expect(html).toContain('<meta property="og:title" content="Remittances"/>');
    // One 404 page for every missing address: in each language, each linking its own first page under the base path.
    expect(read('404.html')).toContain('There is no page at this address');
    expect(read('404.html')).toMatch(/<p lang="az">Bu ünvanda səhifə yoxdur\.[^<]*<a href="\/az-migration\/az\/">/);
    expect(read('404.html')).toContain('href="/az-migration/"');
    expect(read('_headers')).toMatch(/Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-/);
  });
});

describe('bad chapters stop the build', () => {
  it('frontmatter of the wrong type, naming the file and the field', () => {
    const build = buildCopy('bad-frontmatter', (dir) => {
      const chapter = path.join(dir, 'content/remittances.mdx');
      fs.writeFileSync(chapter, fs.readFileSync(chapter, 'utf8').replace('title: Remittances\n', 'title: 12\n'));
    });
    expect(build.status).not.toBe(0);
    // Said before Astro's content layer reads the chapters, at the file's line.
    expect(build.output).toContain('content/remittances.mdx:1, frontmatter "title": expected a title in quotes or plain text, e.g. title: Remittances');
    expect(build.output).not.toContain('undefined:0:0');
  });

  it('a <Term> whose id is not in the glossary, naming the file and line', () => {
    const build = buildCopy('unknown-term', (dir) => {
      const chapter = path.join(dir, 'content/remittances.mdx');
      fs.writeFileSync(chapter, fs.readFileSync(chapter, 'utf8').replace('<Term id="remittances">', '<Term id="remitances">'));
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/remittances\.mdx:\d+, <Term id="remitances">: no term "remitances" in the glossary; did you mean "remittances"\?/);
  });

  it('an image that does not exist, naming the file', () => {
    const build = buildCopy('missing-image', (dir) => {
      const chapter = path.join(dir, 'content/remittances.mdx');
      fs.writeFileSync(chapter, `${fs.readFileSync(chapter, 'utf8')}\n![A chart](./missing-chart.png)\n`);
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain("Could not resolve './missing-chart.png' in content/remittances.mdx");
  });
});

describe('escaping', () => {
  it('shows markup in data and frontmatter as text, in charts, tables and titles', () => {
    const attack = '</title><script>alert(1)</script>';
    const build = buildCopy('escaping', (dir) => {
      const csv = path.join(dir, 'data/remittances/uses-channels.csv');
      fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace('Used for business investment', `"${attack}"`));
      // The Azerbaijani label of that value is the same markup, so the /az/ page is tried too.
      const entry = path.join(dir, 'data/remittances/uses-channels.ts');
      fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace(/'Used for business investment': '[^']*'/, `${JSON.stringify(attack)}: ${JSON.stringify(attack)}`));
      const chapter = path.join(dir, 'content/remittances.mdx');
      fs.writeFileSync(chapter, fs.readFileSync(chapter, 'utf8').replace('title: Remittances', `title: 'Remittances ${attack}'`));
    });
    expect(build.status, build.output).toBe(0);
    const html = fs.readFileSync(path.join(build.dist, 'remittances/index.html'), 'utf8');
    const page = parseHTML(html).document;
    expect([...page.querySelectorAll('script')].filter((script) => script.textContent?.includes('alert(1)'))).toEqual([]);
    expect(page.querySelector('title')?.textContent).toContain(attack);
    expect(page.querySelector('h1')?.textContent).toContain(attack);
    expect([...page.querySelectorAll('#fig-uses-channels td')].map((cell) => cell.textContent)).toContain(attack);
    expect([...page.querySelectorAll('#fig-uses-channels svg text')].map((text) => text.textContent)).toContain(attack);
    const azPage = parseHTML(fs.readFileSync(path.join(build.dist, 'az/remittances/index.html'), 'utf8')).document;
    expect([...azPage.querySelectorAll('script')].filter((script) => script.textContent?.includes('alert(1)'))).toEqual([]);
    expect([...azPage.querySelectorAll('#fig-uses-channels td')].map((cell) => cell.textContent)).toContain(attack);
  });
});

describe('offline, in another folder', () => {
  it('builds with no network at all, and gives a byte-identical dist/', () => {
    const offline = buildCopy('offline', undefined, {}, { offline: true });
    expect(offline.status, offline.output).toBe(0);
    const files = listFiles(first.dist);
    expect(listFiles(offline.dist)).toEqual(files);
    const hash = (dir: string, file: string) => createHash('sha256').update(fs.readFileSync(path.join(dir, file))).digest('hex');
    const differing = files.filter((file) => hash(first.dist, file) !== hash(offline.dist, file));
    expect(differing).toEqual([]);
  });
});

describe('a bad CSV cell', () => {
  it('stops the build, naming the file, the line and the column', () => {
    const broken = buildCopy('bad-cell', (dir) => {
      const file = path.join(dir, 'data/remittances/flows.csv');
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines[4] = lines[4]!.replace(/,\d+$/, ',12o');
      fs.writeFileSync(file, lines.join('\n'));
      // The site of an earlier, good build, as a deployer's dist/ would hold it.
      fs.cpSync(first.dist, path.join(dir, 'dist'), { recursive: true });
    });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('data/remittances/flows.csv:5, column "usd_millions": expected a number of at least 0, or "-" for no data, got "12o"');
    // The failed build left the earlier site whole: every file, byte for byte.
    expect(listFiles(broken.dist)).toEqual(listFiles(first.dist));
    expect(fs.readFileSync(path.join(broken.dist, 'remittances/index.html'))).toEqual(fs.readFileSync(path.join(first.dist, 'remittances/index.html')));
  });
});
