/**
 * The whole report as a PDF, read back with a real PDF reader (pdf.js): its
 * pages, outline, contents page numbers, figure titles, tags, language and
 * metadata; the same bytes when printed again; the true size in the pages'
 * download links; and, without Chromium, one line and no link.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { PDFDocument, PDFName } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildCopy, cleanEnv, removeCopies, type BuildResult } from './build-site.ts';
import { pageTexts } from '../../src/pdf/page-texts.ts';
import { formatMegabytes } from '../../src/pdf/pdf-links.ts';
import report from '../../content/report.config.ts';
import { az } from '../../src/i18n/az.ts';

let build: BuildResult;
let bytes: Uint8Array;
let pdf: PDFDocumentProxy;
let texts: string[];
const file = () => path.join(build.dist, `${report.slug}.pdf`);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const chapters = report.sidebar.filter((item) => 'slug' in item || item.link === '/');

beforeAll(async () => {
  build = buildCopy('pdf', undefined, { REPORT_PDF: 'on' });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  bytes = new Uint8Array(fs.readFileSync(file()));
  pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  texts = await pageTexts(bytes);
});

afterAll(async () => {
  await pdf?.destroy();
  removeCopies();
});

describe('npm run build prints the report as a PDF', () => {
  it('says so in one line with its size', () => {
    expect(build.output).toMatch(new RegExp(`PDF: ${report.slug}\\.pdf \\(\\d+\\.\\d MB\\), az/${report.slug}\\.pdf \\(\\d+\\.\\d MB\\) in [\\d.]+ s`));
  });

  it('has a cover, contents, a list of figures and every chapter, each on its own page', () => {
    expect(pdf.numPages).toBeGreaterThan(chapters.length + 2);
    expect(squash(texts[0] ?? '')).toContain(report.title);
    expect(squash(texts[0] ?? '')).toContain(`Edition ${report.edition.version}`);
    const front = squash(texts.slice(1, 5).join(' '));
    expect(front).toContain('Contents');
    expect(front).toContain('List of figures');
  });

  it('gives in its contents the page on which each chapter starts', () => {
    const contents = squash(texts.slice(1, 5).join(' '));
    for (const chapter of chapters) {
      const match = new RegExp(`${chapter.label} (\\d+)`).exec(contents);
      expect(match, chapter.label).not.toBeNull();
      const page = Number(match![1]);
      // After the running header's page number, the page opens with the chapter's title.
      expect(squash(texts[page - 1] ?? '').replace(/^\d+ /, ''), `${chapter.label} on page ${page}`).toMatch(new RegExp(`^${chapter.label}`));
    }
  });

  it('has an outline entry for every chapter, pointing at its first page', async () => {
    const outline = (await pdf.getOutline()) ?? [];
    const flat = (items: typeof outline): typeof outline => items.flatMap((item) => [item, ...flat(item.items ?? [])]);
    const contents = squash(texts.slice(1, 5).join(' '));
    for (const chapter of chapters) {
      const entry = flat(outline).find((item) => item.title.trim() === chapter.label);
      expect(entry, chapter.label).toBeDefined();
      const destination = typeof entry!.dest === 'string' ? await pdf.getDestination(entry!.dest) : entry!.dest;
      const pageIndex = await pdf.getPageIndex(destination![0]);
      expect(pageIndex + 1).toBe(Number(new RegExp(`${chapter.label} (\\d+)`).exec(contents)![1]));
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

  it('is tagged, in the report language, with title and author, and each chart has its description as alternative text', async () => {
    expect((await pdf.getMarkInfo())?.Marked).toBe(true);
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, string> };
    expect(info.Title).toBe(report.title);
    expect(info.Author).toBe(report.authors.join(', '));
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe(`(${report.lang})`);
    expect(doc.getCreationDate()?.toISOString().slice(0, 10)).toBe(report.edition.date);
    const remittances = texts.findIndex((text) => squash(text).replace(/^\d+ /, '').startsWith('Remittances'));
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

  it('links every page to it with its true size', () => {
    const label = `Download the report (PDF, ${formatMegabytes(bytes.byteLength, 'en')})`;
    for (const page of ['index.html', 'remittances/index.html', 'data/index.html']) {
      const { document } = parseHTML(fs.readFileSync(path.join(build.dist, page), 'utf8'));
      const link = document.querySelector(`a[href="/${report.slug}.pdf"]`);
      expect(squash(link?.textContent ?? ''), page).toBe(label);
    }
  });

  it('gives the same bytes when printed again from the same pages', () => {
    const again = spawnSync(process.execPath, ['src/bin/report-site.js', 'pdf', build.dist], { cwd: build.dir, encoding: 'utf8', env: cleanEnv() });
    expect(again.status, again.stderr).toBe(0);
    expect(Buffer.compare(Buffer.from(fs.readFileSync(file())), Buffer.from(bytes))).toBe(0);
  });

  it('prints the Azerbaijani edition as its own book, with its contents, page numbers, running heads and language', async () => {
    const azBytes = new Uint8Array(fs.readFileSync(path.join(build.dist, 'az', `${report.slug}.pdf`)));
    const azTexts = (await pageTexts(azBytes)).map(squash);
    const translation = report.translations!.az!;
    expect(azTexts[0]).toContain(translation.title);
    const contents = azTexts.slice(1, 5).join(' ');
    expect(contents).toContain(az['pdf.contents']);
    for (const chapter of chapters) {
      const label = chapter.translations!.az!;
      const page = Number(new RegExp(`${label} (\\d+)`).exec(contents)?.[1]);
      expect(page, label).toBeGreaterThan(1);
      expect(azTexts[page - 1]!.replace(/^\d+ /, ''), `${label} on page ${page}`).toMatch(new RegExp(`^${label}`));
      // The running head names the chapter on its next page, in letters Helvetica lacks (ə, ı, ş).
      if (azTexts[page]?.length) expect(azTexts[page], `running head on page ${page + 1}`).toContain(label);
    }
    const doc = await PDFDocument.load(azBytes, { updateMetadata: false });
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(az)');
    expect(doc.getTitle()).toBe(translation.title);
    const { document } = parseHTML(fs.readFileSync(path.join(build.dist, 'az/remittances/index.html'), 'utf8'));
    expect(squash(document.querySelector(`a[href="/az/${report.slug}.pdf"]`)?.textContent ?? '')).toBe(`Hesabatı yüklə (PDF, ${formatMegabytes(azBytes.byteLength, 'az')})`);
  });

  it('without Chromium, says so in one line and takes the links out', () => {
    const copy = path.join(build.dir, 'dist-no-chromium');
    fs.cpSync(build.dist, copy, { recursive: true });
    fs.rmSync(path.join(copy, `${report.slug}.pdf`));
    const run = spawnSync(process.execPath, ['src/bin/report-site.js', 'pdf', copy], { cwd: build.dir, encoding: 'utf8', env: { ...cleanEnv(), CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^PDF skipped: no Chromium at \/nonexistent\/chromium/)]);
    for (const page of ['index.html', 'remittances/index.html']) {
      expect(fs.readFileSync(path.join(copy, page), 'utf8'), page).not.toContain(`${report.slug}.pdf`);
    }
  });
});
