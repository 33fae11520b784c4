/**
 * Figures across the built site: every <FigRef> writes the number its figure
 * has on the page it points to, and follows the figure when two figures of a
 * chapter swap places; /figures/ lists every figure once with that number;
 * Pagefind finds a figure by its title or description and links to its
 * anchor; an unknown <FigRef> id stops the build with the closest id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildCopy, removeCopies, type BuildResult } from './build-site.ts';
import { serveDist, type StaticServer } from '../browser/static-server.ts';
import { analyseChapterSource } from '../../src/chapters/analyse-chapter.ts';
import { registry } from '../../src/data/datasets.ts';
import { report } from '../../src/report/report.ts';

const CHAPTER = 'content/legal-migration.mdx';
const MOVED = 'net-migration';
const OTHER = 'arrivals-departures';

/** The chapter's source with the <Figure> blocks of two ids swapped (each block runs from "<Figure" to its "/>"). */
function swapFigures(source: string, first: string, second: string): string {
  const block = (id: string) => {
    const match = new RegExp(`<Figure\\s+id="${id}"[\\s\\S]*?\\n/>`).exec(source);
    if (!match) throw new Error(`no <Figure id="${id}"> block in ${CHAPTER}`);
    return match[0];
  };
  const [a, b] = [block(first), block(second)];
  return source.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
}

let build: BuildResult;
const documents = new Map<string, Document>();

/** The built page at a site path ("/legal-migration/"), parsed once. */
function page(pathname: string): Document {
  if (!documents.has(pathname)) {
    const html = fs.readFileSync(path.join(build.dist, pathname, 'index.html'), 'utf8');
    documents.set(pathname, parseHTML(html).document as unknown as Document);
  }
  return documents.get(pathname) as Document;
}

const chapterPaths = () =>
  fs
    .readdirSync('content')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => (file === 'index.mdx' ? '/' : `/${file.replace(/\.mdx$/, '')}/`));

/** Every figure of the built chapters: page, id, number and title as shown. */
function builtFigures() {
  return chapterPaths().flatMap((pathname) =>
    [...page(pathname).querySelectorAll('figure.report-figure')].map((figure) => ({
      pathname,
      id: figure.id,
      number: figure.querySelector('.figure-number')?.textContent ?? '',
      title: figure.querySelector('.figure-title')?.textContent ?? '',
    })),
  );
}

beforeAll(() => {
  build = buildCopy('figures', (dir) => {
    const file = path.join(dir, CHAPTER);
    fs.writeFileSync(file, swapFigures(fs.readFileSync(file, 'utf8'), MOVED, OTHER));
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
});

afterAll(removeCopies);

describe('cross-references', () => {
  it('write the number each figure has on its page: "Figure N" within the chapter, "Chapter, Figure N" from another', () => {
    const refs = chapterPaths().flatMap((pathname) => [...page(pathname).querySelectorAll('a.figure-ref')].map((link) => ({ pathname, link })));
    expect(refs.length).toBeGreaterThanOrEqual(4);
    const kinds = new Set<string>();
    for (const { pathname, link } of refs) {
      const href = link.getAttribute('href') ?? '';
      const target = new URL(href, `http://site.invalid${pathname}`);
      const figure = page(target.pathname).getElementById(target.hash.slice(1));
      expect(figure?.matches('figure.report-figure'), `${pathname}: ${href}`).toBe(true);
      const number = figure?.querySelector('.figure-number')?.textContent;
      const sameChapter = target.pathname === pathname;
      kinds.add(sameChapter ? 'same' : 'other');
      // Within a chapter the link is a bare anchor; from another it names the chapter as its page title does.
      expect(href.startsWith('#')).toBe(sameChapter);
      // The title without the chapter number before it ("1 Legal migration").
      const heading = page(target.pathname).querySelector('h1');
      const chapterTitle = [...(heading?.childNodes ?? [])].filter((node) => !(node as Element).matches?.('.chapter-number')).map((node) => node.textContent).join('').trim();
      expect(link.textContent, `${pathname}: ${href}`).toBe(sameChapter ? number : `${chapterTitle}, ${number}`);
    }
    expect([...kinds].sort()).toEqual(['other', 'same']);
  });

  it('follow a figure that moves within its chapter', () => {
    const before = analyseChapterSource(fs.readFileSync(CHAPTER, 'utf8'), CHAPTER, registry).figures;
    const numberBefore = before.find((figure) => figure.id === MOVED)?.number;
    const numberAfter = page('/legal-migration/').querySelector(`#fig-${MOVED} .figure-number`)?.textContent;
    expect(numberBefore).toBe('1');
    // Legal migration is chapter 1.
    expect(numberAfter).toBe('Figure 1.2');
    const fromOverview = page('/').querySelector(`a.figure-ref[href="/legal-migration/#fig-${MOVED}"]`);
    expect(fromOverview?.textContent).toBe('Legal migration, Figure 1.2');
    expect(page('/legal-migration/').querySelector(`#fig-${OTHER} .figure-number`)?.textContent).toBe('Figure 1.1');
  });
});

describe('the list of figures', () => {
  const listed = () =>
    [...page('/figures/').querySelectorAll('li.figure-list-entry')].map((entry) => {
      const link = entry.querySelector('a.figure-list-link');
      const target = new URL(link?.getAttribute('href') ?? '', 'http://site.invalid/figures/');
      return {
        pathname: target.pathname,
        id: target.hash.slice(1),
        number: link?.querySelector('.figure-list-number')?.textContent?.replace(/\.$/, '') ?? '',
        title: link?.textContent?.replace(/^Figure \d+(?:\.\d+)?\.\s*/, '') ?? '',
        downloads: [...entry.querySelectorAll('a[download]')].map((download) => download.getAttribute('href') ?? ''),
      };
    });

  it('lists every figure of the site once, with the number and title it has on its chapter', () => {
    const expected = builtFigures();
    expect(expected.length).toBeGreaterThan(40);
    const byAnchor = (figure: { pathname: string; id: string }) => `${figure.pathname}#${figure.id}`;
    expect(listed().map(byAnchor).sort()).toEqual(expected.map(byAnchor).sort());
    const shown = new Map(listed().map((figure) => [byAnchor(figure), figure]));
    for (const figure of expected) {
      expect(shown.get(byAnchor(figure)), byAnchor(figure)).toMatchObject({ number: figure.number, title: figure.title });
    }
  });

  it('groups the figures by chapter in the reading order of the sidebar', () => {
    const order = report.sidebar.map((entry) => ('slug' in entry ? `/${entry.slug}/` : entry.link));
    const chapters = [...new Set(listed().map((figure) => figure.pathname))];
    expect(chapters.length).toBeGreaterThan(5);
    expect(chapters.map((pathname) => order.indexOf(pathname))).toEqual(chapters.map((pathname) => order.indexOf(pathname)).sort((a, b) => a - b));
    expect(chapters.every((pathname) => order.includes(pathname))).toBe(true);
  });

  it('offers the CSV and JSON of each figure (and SVG and PNG of each chart), and the files exist', () => {
    for (const figure of listed()) {
      expect(figure.downloads.length === 2 || figure.downloads.length === 4, figure.title).toBe(true);
      for (const href of figure.downloads) expect(fs.existsSync(path.join(build.dist, href)), href).toBe(true);
    }
    expect(listed().filter((figure) => figure.downloads.length === 4).length).toBeGreaterThan(40);
  });

  it('is in the sidebar and in the sitemap', () => {
    expect(page('/').querySelector('nav a[href="/figures/"]')?.textContent?.trim()).toBe('List of figures');
    expect(fs.readFileSync(path.join(build.dist, 'sitemap-0.xml'), 'utf8')).toContain('/figures/</loc>');
  });
});

describe('search', () => {
  interface SubResult {
    url: string;
    locations: number[];
    weighted_locations: { balanced_score: number }[];
  }
  let server: StaticServer;
  let pagefind: { options(options: object): Promise<void>; init(): Promise<void>; search(query: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; sub_results: SubResult[] }> }[] }> };

  beforeAll(async () => {
    server = await serveDist(build.dist);
    // Pagefind's own search script from dist/, fetching its index over HTTP as a browser would.
    pagefind = await import(/* @vite-ignore */ pathToFileURL(path.join(build.dist, 'pagefind/pagefind.js')).href);
    await pagefind.options({ basePath: `${server.origin}/pagefind/` });
    // Pagefind searches the index of the page's <html lang>; these searches are made from an English page.
    const global = globalThis as { document?: unknown };
    global.document = { querySelector: () => ({ getAttribute: () => 'en' }) };
    await pagefind.init();
    delete global.document;
  });
  afterAll(() => server?.close());

  /** The first page found, its best section (by the score of the words found) and the sections the search box shows (the three with most hits). */
  async function firstResult(query: string) {
    const [first] = (await pagefind.search(query)).results;
    const data = await first!.data();
    const score = (sub: SubResult) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
    const relative = (url: string) => url.replace(server.origin, '');
    const best = [...data.sub_results].sort((a, b) => score(b) - score(a))[0];
    const shown = [...data.sub_results].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3);
    return { page: relative(data.url), best: relative(best?.url ?? ''), shown: shown.map((sub) => relative(sub.url)) };
  }

  for (const [query, anchor] of [
    ['Inward remittances by component', '/remittances/#fig-inward-components'],
    ['Border violators by country of origin', '/irregular-migration/#fig-border-violators-2009'],
    ['Headline totals of people displaced by the Nagorno-Karabakh conflict', '/displacement/#fig-totals-compared'],
    // A phrase from a figure's description, not its title, in quotes: Pagefind then matches the words in order.
    ['"Iran was the most common country of origin"', '/irregular-migration/#fig-border-violators-2009'],
  ] as const) {
    it(`${query} leads to ${anchor}`, async () => {
      const result = await firstResult(query);
      expect(result.page).toBe(anchor.slice(0, anchor.indexOf('#')));
      expect(result.best).toBe(anchor);
      expect(result.shown).toContain(anchor);
    });
  }

  it('finds chapters, not the embed pages that show the same figures', async () => {
    const pages = await Promise.all((await pagefind.search('Inward remittances by component')).results.map(async (result) => (await result.data()).url));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((url) => /\/figures\/[^/]+\/$/.test(url))).toEqual([]);
  });

  it('leaves out what every figure repeats: a word of the embed code finds nothing', async () => {
    expect(fs.readFileSync(path.join(build.dist, 'remittances/index.html'), 'utf8')).toContain('&lt;iframe');
    // Pagefind also returns near words ("if"); none of its matches may be the code's own word.
    const excerpts = await Promise.all((await pagefind.search('iframe')).results.map(async (result) => (await result.data()).excerpt));
    expect(excerpts.filter((excerpt) => /<mark>[^<]*iframe/i.test(excerpt))).toEqual([]);
  });
});

describe('a <FigRef> to an id that no figure has', () => {
  it('stops the build, naming the file and line and the closest id', () => {
    const broken = buildCopy('figref-unknown', (dir) => {
      const file = path.join(dir, 'content/index.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`<FigRef id="${MOVED}" />`, '<FigRef id="net-migrations" />'));
    });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/content\/index\.mdx:\d+, <FigRef id="net-migrations">: no figure has this id; did you mean "net-migration" \(content\/legal-migration\.mdx:\d+\)\?/);
  });
});
