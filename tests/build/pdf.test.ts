/**
 * The whole report as a PDF, read back with a real PDF reader (pdf.js): its
 * pages, outline, contents page numbers, figure titles, tags, language and
 * metadata; the same bytes when printed again; the true size in the pages'
 * download links; and, without Chromium, one line and no link. Its tags are
 * read with pdf.js and with poppler's pdfinfo and pdffonts (Debian's
 * poppler-utils), tools apart from the ones that wrote them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildCopy, cleanEnv, removeCopies, reportSiteBin, type BuildResult } from './build-site.ts';
import { SHARED_SITE_URL, sharedBuild } from './shared-build.ts';
import { pageTexts } from '../../src/pdf/page-texts.ts';
import { formatMegabytes } from '../../src/pdf/pdf-links.ts';
import reportInput from '../../content/report.config.ts';
import { reportConfigSchema } from '../../src/report/report-schema.ts';
import { az } from '../../src/i18n/az.ts';
import { PDF17_TYPES } from '../../src/pdf/role-map.ts';
import { chapterNumbers } from '../../src/chapters/figure-numbering.ts';
import { loadProject } from '../../src/report/load-project.ts';
import type { Registry } from '../../src/data/registry.ts';
import { datasetText, rowsIn } from '../../src/data/dataset-text.ts';
import { tableCells } from '../../src/figures/table-cells.ts';

// The config as the engine reads it: the current edition is the last of its editions.
const report = reportConfigSchema.parse(reportInput);

let build: BuildResult;
let bytes: Uint8Array;
let pdf: PDFDocumentProxy;
let texts: string[];
/** Each page's label, as the PDF's /PageLabels gives it to a reader (pdf.js). */
let labels: string[];
/** The 1-based page that carries `label` ("vii", "12"). */
const pageOf = (label: string) => labels.indexOf(label) + 1;
/** A page number as the contents print it: roman in the front matter, arabic from chapter 1. */
const LABEL = '([ivxlc]+|\\d+)';
const file = () => path.join(build.dist, `${report.slug}.pdf`);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const chapters = report.sidebar.filter((item) => 'slug' in item || item.link === '/');
const azFile = () => path.join(build.dist, 'az', `${report.slug}.pdf`);
const numbers = chapterNumbers(report.sidebar);
/** A chapter's heading as the book prints it: "3 Trafficking in human beings", the overview without a number. */
const heading = (chapter: (typeof chapters)[number], label: string = chapter.label) => {
  const number = 'slug' in chapter ? numbers.get(chapter.slug) : undefined;
  return number === undefined ? label : `${number} ${label}`;
};
const chapterPage = (chapter: (typeof chapters)[number]) => ('slug' in chapter ? `${chapter.slug}/index.html` : 'index.html');
const chapterDocument = (chapter: (typeof chapters)[number]) => parseHTML(fs.readFileSync(path.join(build.dist, chapterPage(chapter)), 'utf8')).document;

/** The datasets the figures of the book's pages draw, in reading order, each once: the annex's tables. */
function drawnDatasets(dist: string, prefix = ''): string[] {
  const pages = report.sidebar.filter((item) => 'slug' in item || !/^\/(data|figures)\//.test(item.link)).map((item) => ('slug' in item ? `${item.slug}/` : item.link.slice(1)));
  const ids = pages.flatMap((page) =>
    [...parseHTML(fs.readFileSync(path.join(dist, prefix, page, 'index.html'), 'utf8')).document.querySelectorAll('figure.report-figure')].map((figure) => figure.getAttribute('data-dataset') ?? ''),
  );
  return [...new Set(ids)];
}

/** A dataset's full table, every cell as the annex prints it in `lang`. */
function fullCells(registry: Registry, id: string, lang: 'en' | 'az'): string[] {
  const dataset = registry.datasets.get(id)!;
  const shape = dataset.row.shape;
  return tableCells(rowsIn(registry.load(dataset).rows, datasetText(dataset, lang)), Object.keys(shape), shape, lang).flat();
}

/** The text of pages `from` (1-based) to the end, in the order it is drawn, as poppler reads it, with no white space. */
function textFrom(book: string, from: number): string {
  const run = spawnSync('pdftotext', ['-raw', '-f', String(from), book, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error) throw new Error(`pdftotext reads the annex apart from the tools that wrote it: install Debian's poppler-utils (${run.error.message})`);
  return run.stdout.replace(/\s+/g, '');
}

/** The 0-based page on which a chapter starts: the first page from chapter 1 on that opens with its heading (a contents page may too). */
const chapterStart = (slug: string) => texts.findIndex((text, index) => index >= pageOf('1') - 1 && squash(text).startsWith(heading(chapters.find((chapter) => 'slug' in chapter && chapter.slug === slug)!)));

/** A poppler-utils tool on the PDF: its output, or the test fails saying what to install. */
function poppler(tool: 'pdfinfo' | 'pdffonts', args: string[]): { stdout: string; stderr: string } {
  const run = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error) throw new Error(`${tool} reads the PDF's tags apart from the tools that wrote them: install Debian's poppler-utils (${run.error.message})`);
  expect(run.status, run.stderr).toBe(0);
  return { stdout: run.stdout, stderr: run.stderr };
}

/** The address of every link annotation of a PDF (pdf.js). */
async function linkAddresses(book: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: book.slice(), verbosity: 0 }).promise;
  try {
    const urls: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      for (const annotation of await (await document.getPage(number)).getAnnotations()) if (annotation.url) urls.push(annotation.url as string);
    }
    return urls;
  } finally {
    await document.destroy();
  }
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: (StructNode | { type: string })[];
}

/** Every structure element of every page (pdf.js), with the alternative text of its nearest ancestor that has one. */
async function structureElements(): Promise<{ node: StructNode; page: number; altAbove: string | undefined }[]> {
  const found: { node: StructNode; page: number; altAbove: string | undefined }[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const walk = (node: StructNode, altAbove: string | undefined): void => {
      if (node.role) found.push({ node, page, altAbove });
      for (const child of node.children ?? []) if ('role' in child || 'children' in child) walk(child as StructNode, node.alt ?? altAbove);
    };
    const tree = (await (await pdf.getPage(page)).getStructTree()) as StructNode | null;
    if (tree) walk(tree, undefined);
  }
  return found;
}

beforeAll(async () => {
  build = buildCopy('pdf', undefined, { REPORT_PDF: 'on' });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  bytes = new Uint8Array(fs.readFileSync(file()));
  pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  texts = await pageTexts(bytes);
  labels = (await pdf.getPageLabels()) ?? [];
});

afterAll(async () => {
  await pdf?.destroy();
  removeCopies();
});

describe('npm run build prints the report as a PDF', () => {
  it('says so in one line with its size', () => {
    expect(build.output).toMatch(new RegExp(`PDF: ${report.slug}\\.pdf \\(\\d+\\.\\d MB\\), az/${report.slug}\\.pdf \\(\\d+\\.\\d MB\\) in [\\d.]+ s`));
  });

  it('has a cover, an imprint page, contents, a list of figures and every chapter, each on its own page', () => {
    expect(pdf.numPages).toBeGreaterThan(chapters.length + 2);
    const cover = squash(texts[0] ?? '');
    expect(cover).toContain(report.title);
    expect(cover).toContain(report.subtitle!);
    expect(cover).toMatch(new RegExp(`Edition ${report.edition.version}, 2 December 2026`));
    expect(cover).toContain(report.authors[0]!);
    const imprint = squash(texts[1] ?? '');
    expect(imprint).toContain('How to cite');
    expect(imprint).toContain(`${report.authors[0]} (2026). ${report.title}, edition ${report.edition.version}`);
    expect(imprint).toContain(squash(report.disclaimer!));
    // The build has no site address: the imprint gives none, and names no licence the config does not.
    expect(imprint).not.toMatch(/https?:|Licence|book\.invalid|example\.org/);
    const front = squash(texts.slice(2, 8).join(' '));
    expect(front).toContain('Contents');
    expect(front).toContain('List of figures');
  });

  it('numbers the front matter in roman numerals and the body from 1 on the first page of chapter 1, printed and as page labels', () => {
    expect(labels.slice(0, 3)).toEqual(['i', 'ii', 'iii']);
    const first = chapters.find((chapter) => 'slug' in chapter && numbers.get(chapter.slug) === 1)!;
    const page = pageOf('1');
    expect(squash(texts[page - 1] ?? '')).toMatch(new RegExp(`^${heading(first)}`));
    expect(labels.slice(page - 1)).toEqual(labels.slice(page - 1).map((_, index) => String(index + 1)));
    // The running head prints the label: the page before chapter 1 ends with a roman one, the page after it with "2".
    expect(squash(texts[page - 2] ?? '')).toMatch(new RegExp(` ${labels[page - 2]}$`));
    expect(labels[page - 2]).toMatch(/^[ivxlc]+$/);
    expect(squash(texts[page] ?? '')).toMatch(/ 2$/);
  });

  it('gives in its contents the page on which each chapter and each of its sections starts, with dot leaders', () => {
    const contents = squash(texts.slice(2, 8).join(' '));
    expect(numbers.size).toBeGreaterThan(5);
    for (const chapter of chapters) {
      const match = new RegExp(`${heading(chapter)} ${LABEL}`).exec(contents);
      expect(match, chapter.label).not.toBeNull();
      const page = pageOf(match![1]!);
      // The page opens with the chapter's number and title (the running head and number come last, as artifacts).
      expect(squash(texts[page - 1] ?? ''), `${chapter.label} on page ${page}`).toMatch(new RegExp(`^${heading(chapter)}`));
      // Its sections, the second level, each on the page the contents give.
      for (const section of chapterDocument(chapter).querySelectorAll('.sl-markdown-content h2[id]')) {
        const title = squash(section.textContent ?? '');
        const at = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${LABEL}`).exec(contents.slice(match!.index));
        expect(at, `${chapter.label}: ${title}`).not.toBeNull();
        expect(squash(texts[pageOf(at![1]!) - 1] ?? ''), `${title} on page ${at![1]}`).toContain(title);
      }
    }
  });

  it('has an outline entry for every chapter, pointing at its first page', async () => {
    const outline = (await pdf.getOutline()) ?? [];
    const flat = (items: typeof outline): typeof outline => items.flatMap((item) => [item, ...flat(item.items ?? [])]);
    const contents = squash(texts.slice(2, 8).join(' '));
    for (const chapter of chapters) {
      const entry = flat(outline).find((item) => item.title.trim() === heading(chapter));
      expect(entry, chapter.label).toBeDefined();
      const destination = typeof entry!.dest === 'string' ? await pdf.getDestination(entry!.dest) : entry!.dest;
      const pageIndex = await pdf.getPageIndex(destination![0]);
      expect(pageIndex + 1).toBe(pageOf(new RegExp(`${heading(chapter)} ${LABEL}`).exec(contents)![1]!));
    }
  });

  it('holds the title of every figure of the site', () => {
    const all = squash(texts.join(' '));
    const titles = chapters.flatMap((chapter) => {
      const page = 'slug' in chapter ? `${chapter.slug}/index.html` : 'index.html';
      const { document } = parseHTML(fs.readFileSync(path.join(build.dist, page), 'utf8'));
      return [...document.querySelectorAll('figure.report-figure .figure-title')].map((title) => squash(title.textContent ?? ''));
    });
    expect(titles.length).toBeGreaterThan(40);
    for (const title of titles) expect(all, title).toContain(title);
  });

  it('numbers each figure in its list of figures as the site does: "Figure 3.2. Title"', () => {
    const front = squash(texts.slice(1, 8).join(' '));
    const figures = chapters.flatMap((chapter) => [...chapterDocument(chapter).querySelectorAll('figure.report-figure')]);
    const labels = figures.map((figure) => `${squash(figure.querySelector('.figure-number')?.textContent ?? '')}. ${squash(figure.querySelector('.figure-title')?.textContent ?? '')}`);
    expect(labels).toContainEqual(expect.stringMatching(/^Figure 3\.2\. /));
    for (const label of labels) expect(front, label).toContain(label);
  });

  it('is tagged, in the report language, with title and author, and each chart has its description as alternative text', async () => {
    expect((await pdf.getMarkInfo())?.Marked).toBe(true);
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, string> };
    expect(info.Title).toBe(report.title);
    expect(info.Author).toBe(report.authors.join(', '));
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe(`(${report.lang})`);
    expect(doc.getCreationDate()?.toISOString().slice(0, 10)).toBe(report.edition.date);
    const remittances = chapterStart('remittances');
    expect(remittances).toBeGreaterThan(0);
    const alts: string[] = [];
    for (let page = remittances + 1; page <= remittances + 4; page++) {
      const walk = (node: { role?: string; alt?: string; children?: unknown[] } | null): void => {
        if (!node) return;
        if (node.alt) alts.push(node.alt);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk((await (await pdf.getPage(page)).getStructTree()) as never);
    }
    expect(alts.some((alt) => alt.startsWith('Inward remittances rose from 171 million'))).toBe(true);
  });

  it('gives alternative text to each chart alone, so that tables, sources and notes stay readable', async () => {
    const elements = await structureElements();
    const withAlt = elements.filter(({ node }) => node.alt);
    // Alternative text replaces its element's content: only a chart with nothing tagged inside may carry it.
    for (const { node, page } of withAlt) {
      expect(node.role, `alternative text on page ${page}`).toBe('Figure');
      expect((node.children ?? []).filter((child) => 'role' in child), `tags under the chart on page ${page}`).toEqual([]);
    }
    const descriptions = chapters.flatMap((chapter) =>
      [...chapterDocument(chapter).querySelectorAll('figure.report-figure')]
        .filter((figure) => figure.querySelector('.figure-chart svg'))
        .map((figure) => squash(figure.querySelector('.figure-description')?.textContent ?? '')),
    );
    expect(descriptions.length).toBeGreaterThan(40);
    expect(new Set(withAlt.map(({ node }) => squash(node.alt!)))).toEqual(new Set(descriptions));
    const tables = elements.filter(({ node }) => node.role === 'Table');
    expect(tables.length).toBeGreaterThan(40);
    expect(tables.filter(({ altAbove }) => altAbove).map(({ page }) => page)).toEqual([]);
    expect(elements.filter(({ node, altAbove }) => node.role === 'Caption' && altAbove)).toEqual([]);
  });

  it("keeps a figure's numbers in the structure tree as poppler reads it", () => {
    const structure = poppler('pdfinfo', ['-struct-text', file()]).stdout;
    const figure = chapterDocument(chapters.find((chapter) => 'slug' in chapter && chapter.slug === 'remittances')!).querySelector('figure.report-figure')!;
    const cells = [...figure.querySelectorAll('.figure-table td, .figure-table th')].map((cell) => squash(cell.textContent ?? '')).filter((text) => /^[\d.,\s]+$/.test(text));
    expect(cells.length).toBeGreaterThan(3);
    const quoted = new Set(structure.split('\n').map((line) => line.trim()));
    for (const cell of cells) expect(quoted, cell).toContain(`"${cell}"`);
  });

  it('uses only PDF 1.7 tag types, with a RoleMap for the PDF 2.0 ones Chromium writes', async () => {
    // poppler drops, with an error, an element whose type it does not know.
    expect(poppler('pdfinfo', ['-struct', file()]).stderr).toBe('');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
    const mapped = new Map([...(roleMap?.entries() ?? [])].map(([key, value]) => [key.decodeText(), String(value).slice(1)]));
    const types = new Set<string>();
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('StructElem')) types.add(String(object.get(PDFName.of('S'))).slice(1));
    }
    expect(types).toContain('Strong');
    for (const type of types) expect(PDF17_TYPES.has(type) || PDF17_TYPES.has(mapped.get(type) ?? ''), type).toBe(true);
    expect(mapped.get('Strong')).toBe('Span');
  });

  it('marks page numbers and running heads as artifacts: every text on every page is tagged or an artifact', async () => {
    const loose: string[] = [];
    const artifactsOf: string[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const { items } = await (await pdf.getPage(number)).getTextContent({ includeMarkedContent: true });
      const open: { tag: string; id: string | null }[] = [];
      const artifacts: string[] = [];
      for (const item of items) {
        // pdf.js gives each marked content's tag, which its types leave out.
        if ('type' in item && item.type.startsWith('beginMarkedContent')) open.push({ tag: (item as { tag?: string }).tag ?? '', id: item.id ?? null });
        else if ('type' in item && item.type === 'endMarkedContent') open.pop();
        else if ('str' in item && item.str.trim()) {
          if (open.some((mark) => mark.tag === 'Artifact')) artifacts.push(item.str);
          else if (!open.some((mark) => mark.id)) loose.push(`page ${number}: ${item.str}`);
        }
      }
      // Every page after the cover carries its number (its label: "ii", "12"), as an artifact.
      if (number > 1) expect(artifacts, `page ${number}`).toContain(labels[number - 1]);
      artifactsOf.push(artifacts);
    }
    expect(loose).toEqual([]);
    // A chapter's title heads its pages after the first.
    const remittances = chapterStart('remittances');
    expect(remittances).toBeGreaterThan(0);
    expect(artifactsOf[remittances + 1]).toContain('Remittances');
  });

  it('embeds every font, in both languages', () => {
    for (const book of [file(), azFile()]) {
      const [header = '', , ...rows] = poppler('pdffonts', [book]).stdout.trimEnd().split('\n');
      const column = header.indexOf('emb');
      expect(rows.length, book).toBeGreaterThan(3);
      for (const row of rows) expect(row.slice(column, column + 3), `${book}: ${row}`).toBe('yes');
    }
  });

  it('gives every bookmark the text of its heading, spaces and all', async () => {
    // Every page of the book: the chapters, and the engine's pages it prints (the glossary).
    const book = report.sidebar.filter((item) => 'slug' in item || !/^\/(data|figures)\//.test(item.link));
    const { registry } = await loadProject(build.dir);
    // The annex: its title, and each table's number and title under its chapter's.
    const annex = ['Statistical annex', ...drawnDatasets(build.dist).map((id, index) => `Table A.${index + 1}. ${datasetText(registry.datasets.get(id)!, 'en').title}`)];
    const headings = new Set([report.title, 'How to cite', 'Sources', 'Disclaimer', 'Contents', 'List of figures', 'List of abbreviations', ...annex, ...book.map((item) => ('slug' in item ? heading(item) : item.label))]);
    for (const item of book) {
      const page = 'slug' in item ? `${item.slug}/index.html` : `${item.link.slice(1)}index.html`;
      const { document } = parseHTML(fs.readFileSync(path.join(build.dist, page), 'utf8'));
      for (const heading of document.querySelectorAll('.sl-markdown-content h2, .sl-markdown-content h3, .sl-markdown-content h4')) headings.add(squash(heading.textContent ?? ''));
    }
    const flat = (items: { title: string; items?: unknown[] }[]): string[] => items.flatMap((item) => [item.title, ...flat((item.items ?? []) as typeof items)]);
    const titles = flat((await pdf.getOutline()) ?? []);
    expect(titles.length).toBeGreaterThan(100);
    expect(titles.filter((title) => !headings.has(title))).toEqual([]);
  });

  it('prints no web furniture: no download, embed or permalink wording, no relative addresses, each address once', () => {
    const all = squash(texts.join(' '));
    for (const word of ['Download', 'Embed this figure', 'Permalink', 'Show the numbers']) expect(all, word).not.toContain(word);
    expect(all).not.toMatch(/\(\/[^\s()]*\)/);
    // A link whose text is its address does not print it again after it.
    expect(all).not.toMatch(/(https?:\/\/\S+) \(\1\)/);
    expect(all).toContain('https://khazar.academia.edu/EldarShahgaldiyev');
    // The notes boxes print open, under their title; the chapter cards as a list of chapters and their questions.
    expect(all).toContain('Notes on these data');
    const overview = squash(texts.slice(4, 12).join(' '));
    expect(overview).toContain('Legal migration How many people moved to and from Azerbaijan legally');
  });

  it('links to no placeholder host when the site has no address', async () => {
    const urls = await linkAddresses(bytes);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => /example\.org|book\.invalid/.test(url))).toEqual([]);
  });

  it('links every page to it with its true size', () => {
    const label = `Download the report (PDF, ${formatMegabytes(bytes.byteLength, 'en')})`;
    for (const page of ['index.html', 'remittances/index.html', 'data/index.html']) {
      const { document } = parseHTML(fs.readFileSync(path.join(build.dist, page), 'utf8'));
      const link = document.querySelector(`a[href="/${report.slug}.pdf"]`);
      expect(squash(link?.textContent ?? ''), page).toBe(label);
    }
  });

  it('gives the same bytes when printed again from the same pages', () => {
    const again = spawnSync(process.execPath, [reportSiteBin(build.dir), 'pdf', build.dist], { cwd: build.dir, encoding: 'utf8', env: cleanEnv() });
    expect(again.status, again.stderr).toBe(0);
    expect(Buffer.compare(Buffer.from(fs.readFileSync(file())), Buffer.from(bytes))).toBe(0);
  });

  it('prints the Azerbaijani edition as its own book, with its contents, page numbers, running heads and language', async () => {
    const azBytes = new Uint8Array(fs.readFileSync(path.join(build.dist, 'az', `${report.slug}.pdf`)));
    const azTexts = (await pageTexts(azBytes)).map(squash);
    const translation = report.translations!.az!;
    expect(azTexts[0]).toContain(translation.title);
    expect(azTexts[0]).toContain(translation.subtitle!);
    expect(azTexts[1]).toContain(az['pdf.howToCite']);
    expect(azTexts[1]).toContain(squash(translation.disclaimer!));
    const contents = azTexts.slice(2, 8).join(' ');
    expect(contents).toContain(az['pdf.contents']);
    const azDocument = await getDocument({ data: azBytes.slice(), verbosity: 0 }).promise;
    const azLabels = (await azDocument.getPageLabels()) ?? [];
    await azDocument.destroy();
    for (const chapter of chapters) {
      const label = chapter.translations!.az!;
      const page = azLabels.indexOf(new RegExp(`${heading(chapter, label)} ${LABEL}`).exec(contents)?.[1] ?? '') + 1;
      expect(page, label).toBeGreaterThan(1);
      expect(azTexts[page - 1], `${label} on page ${page}`).toMatch(new RegExp(`^${heading(chapter, label)}`));
      // The running head names the chapter on its next page, in letters Helvetica lacks (ə, ı, ş).
      if (azTexts[page]?.length) expect(azTexts[page], `running head on page ${page + 1}`).toContain(label);
    }
    const doc = await PDFDocument.load(azBytes, { updateMetadata: false });
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(az)');
    expect(doc.getTitle()).toBe(translation.title);
    const { document } = parseHTML(fs.readFileSync(path.join(build.dist, 'az/remittances/index.html'), 'utf8'));
    expect(squash(document.querySelector(`a[href="/az/${report.slug}.pdf"]`)?.textContent ?? '')).toBe(`Hesabatı yüklə (PDF, ${formatMegabytes(azBytes.byteLength, 'az')})`);
  });

  it('ends with a statistical annex: the full table of every dataset a figure draws, numbered, each cell printed (none clipped)', async () => {
    const { registry } = await loadProject(build.dir);
    const ids = drawnDatasets(build.dist);
    expect(ids.length).toBeGreaterThan(20);
    const contents = squash(texts.slice(2, 8).join(' '));
    const start = /Statistical annex ([ivxlc]+|\d+)/.exec(contents)?.[1];
    expect(start, 'the annex in the contents').toBeDefined();
    const page = pageOf(start!);
    expect(squash(texts[page - 1] ?? '')).toMatch(/^Statistical annex/);
    const annex = textFrom(file(), page);
    for (const [index, id] of ids.entries()) {
      const title = `Table A.${index + 1}. ${datasetText(registry.datasets.get(id)!, 'en').title}`;
      expect(annex, id).toContain(title.replace(/\s+/g, ''));
      // A column cut at the margin would lose its cells.
      const missing = fullCells(registry, id, 'en').filter((cell) => !annex.includes(cell.replace(/\s+/g, '')));
      expect(missing, `${id}: cells missing from the annex`).toEqual([]);
    }
    // The Azerbaijani book has its own annex, its tables in its words.
    const azIds = drawnDatasets(build.dist, 'az');
    // Its first page opens with the annex's title (its running head, an artifact, comes last).
    const azPage = (await pageTexts(new Uint8Array(fs.readFileSync(azFile())))).findIndex((text) => squash(text).startsWith(az['pdf.annex'])) + 1;
    expect(azPage).toBeGreaterThan(8);
    const azAnnex = textFrom(azFile(), azPage);
    for (const [index, id] of azIds.entries()) {
      expect(azAnnex, id).toContain(`Cədvəl A.${index + 1}. ${datasetText(registry.datasets.get(id)!, 'az').title}`.replace(/\s+/g, ''));
      const missing = fullCells(registry, id, 'az').filter((cell) => !azAnnex.includes(cell.replace(/\s+/g, '')));
      expect(missing, `${id}: cells missing from the Azerbaijani annex`).toEqual([]);
    }
  });

  it("prints each figure's table for paper in its chapter, every cell, and the long form's columns only in the annex", () => {
    const contents = squash(texts.slice(2, 8).join(' '));
    const annexPage = pageOf(/Statistical annex ([ivxlc]+|\d+)/.exec(contents)![1]!);
    const body = spawnSync('pdftotext', ['-raw', '-f', String(pageOf('1')), '-l', String(annexPage - 1), file(), '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
    const flat = body.replace(/\s+/g, '');
    let tables = 0;
    for (const chapter of chapters) {
      for (const table of chapterDocument(chapter).querySelectorAll('.figure-paper-table')) {
        tables++;
        const missing = [...table.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, '')).filter((cell) => !flat.includes(cell));
        expect(missing, `${chapter.label}: ${table.getAttribute('aria-labelledby')}`).toEqual([]);
      }
    }
    expect(tables).toBeGreaterThan(40);
    // Qualifiers fold into the value: the range chart's table reads "no less than 100,000", and the schema's columns are gone.
    expect(squash(body)).toMatch(/Turkey no less than 100,000/);
    expect(squash(body)).not.toMatch(/Row type \(|Qualifier in the (source|report)/);
  });

  it('without Chromium, says so in one line and takes the links out', () => {
    const copy = path.join(build.dir, 'dist-no-chromium');
    fs.cpSync(build.dist, copy, { recursive: true });
    fs.rmSync(path.join(copy, `${report.slug}.pdf`));
    const run = spawnSync(process.execPath, [reportSiteBin(build.dir), 'pdf', copy], { cwd: build.dir, encoding: 'utf8', env: { ...cleanEnv(), CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^PDF skipped: no Chromium at \/nonexistent\/chromium/)]);
    for (const page of ['index.html', 'remittances/index.html']) {
      expect(fs.readFileSync(path.join(copy, page), 'utf8'), page).not.toContain(`${report.slug}.pdf`);
    }
  });
});

describe('with SITE_URL set, the PDF links to that site', () => {
  const SITE = SHARED_SITE_URL;
  let withSite: BuildResult;

  beforeAll(async () => {
    // The run's shared build with the PDF and a SITE_URL (the cover's tests read it too).
    withSite = await sharedBuild('pdf-site');
    if (withSite.status !== 0) throw new Error(`the build failed:\n${withSite.output}`);
  });

  it('gives every data link as an absolute address on the site, in both languages', async () => {
    for (const [book, prefix] of [[`${report.slug}.pdf`, ''], [`az/${report.slug}.pdf`, '/az']] as const) {
      const urls = await linkAddresses(new Uint8Array(fs.readFileSync(path.join(withSite.dist, book))));
      const onSite = urls.filter((url) => url.startsWith(`${SITE}/`));
      expect(onSite, book).toContain(`${SITE}${prefix}/data/`);
      expect(onSite.filter((url) => url.includes('/data/')).length, book).toBeGreaterThan(3);
      expect(urls.filter((url) => !/^https?:\/\//.test(url) || /example\.org|book\.invalid/.test(url)), book).toEqual([]);
    }
  });

  it("gives each annex table the address of its CSV on the site", () => {
    const book = path.join(withSite.dist, `${report.slug}.pdf`);
    const text = textFrom(book, 1);
    for (const id of drawnDatasets(withSite.dist)) expect(text, id).toContain(`${SITE}/data/${id}.csv`);
  });
});
