/**
 * The last touches on the printed PDF:
 * - on each page after the cover, its number at the top right and, on a
 *   chapter's pages, the chapter's title at the top left, both marked as
 *   pagination artifacts so that screen readers skip them, in a font embedded
 *   in the file;
 * - a RoleMap for the PDF 2.0 structure types Chromium writes (role-map.ts),
 *   and bookmarks that read as their headings (outline-titles.ts);
 * - title, author, language and producer;
 * - the edition date instead of the time of printing, and the tags' ids
 *   renumbered from 1 (Chromium numbers them by its own DOM node counter), so
 *   two builds of the same input are byte-identical.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, PDFPage, PDFString, endMarkedContent, rgb, type PDFFont, type PDFObject } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { roleMapFor } from './role-map.ts';
import { outlineTitles } from './outline-titles.ts';
import { pageLabel, pageLabelRanges } from './page-labels.ts';

export interface PdfFinish {
  date: string;
  title: string;
  author: string;
  lang: string;
  /** 1-based first page of each chapter, in reading order. */
  chapterStarts: { title: string; page: number }[];
  /** The 1-based page of chapter 1, where arabic page numbers start after the front matter's roman ones. */
  bodyStart: number | undefined;
  /** The text of the book's headings in document order, which the bookmarks follow. */
  headings: string[];
}

const MM = 72 / 25.4;
const HEAD = { size: 8, fromTop: 13 * MM, side: 18 * MM, color: rgb(0.27, 0.27, 0.27) };

export async function finishPdf(pdf: Uint8Array, finish: PdfFinish): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const font = await runningHeadFont(doc);
  const pages = doc.getPages();
  const starts = [...finish.chapterStarts].sort((a, b) => a.page - b.page);
  const chapterOf = (number: number) => starts.findLast((chapter) => chapter.page <= number)?.title;
  // The cover carries no number.
  for (const [index, page] of pages.entries()) if (index > 0) drawRunningHead(page, font, pageLabel(index + 1, finish.bodyStart), chapterOf(index + 1));
  writePageLabels(doc, finish.bodyStart);
  mapRoles(doc);
  fixBookmarks(doc, finish.headings);
  renumberStructureIds(doc);
  const date = new Date(`${finish.date}T00:00:00Z`);
  doc.setTitle(finish.title, { showInWindowTitleBar: true });
  doc.setAuthor(finish.author);
  doc.setProducer('Chromium (playwright-core), pdf-lib');
  doc.setCreator(finish.title);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(finish.lang);
  // Object streams off: the file stays readable by simple tools and its bytes depend only on its objects.
  return doc.save({ useObjectStreams: false });
}

/** /PageLabels, so that a reader shows and finds the pages by the numbers printed on them. */
function writePageLabels(doc: PDFDocument, bodyStart: number | undefined): void {
  const nums = pageLabelRanges(bodyStart).flatMap(({ index, style }) => [index, { S: style }]);
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
}

function drawRunningHead(page: PDFPage, font: PDFFont, number: string, chapter: string | undefined): void {
  const y = page.getHeight() - HEAD.fromTop;
  page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), '<< /Type /Pagination /Subtype /Header >>']));
  if (chapter) page.drawText(chapter, { x: HEAD.side, y, size: HEAD.size, font, color: HEAD.color });
  page.drawText(number, { x: page.getWidth() - HEAD.side - font.widthOfTextAtSize(number, HEAD.size), y, size: HEAD.size, font, color: HEAD.color });
  page.pushOperators(endMarkedContent());
}

/**
 * A system font that writes every title (English, Azerbaijani ə, ğ, ı, ş…), embedded
 * as a subset: a PDF reader never has to stand in a font of its own.
 */
async function runningHeadFont(doc: PDFDocument): Promise<PDFFont> {
  const file = UNICODE_FONTS.find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`PDF: the running heads need a font for every language; install Debian's fonts-dejavu-core (expected one of ${UNICODE_FONTS.join(', ')})`);
  doc.registerFontkit(fontkit);
  // A subset's name starts with a tag of six capitals; a fixed one keeps the bytes the same.
  return doc.embedFont(fs.readFileSync(file), { subset: true, customName: `HEADSA+${path.basename(file, '.ttf')}` });
}

// Installed with Chromium on Debian (fontconfig needs one of them).
const UNICODE_FONTS = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'];

function structureElements(doc: PDFDocument): PDFDict[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('StructElem'));
}

function mapRoles(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const types = structureElements(doc).flatMap((element) => {
    const type = element.get(PDFName.of('S'));
    return type instanceof PDFName ? [type.decodeText()] : [];
  });
  const map = roleMapFor(types);
  if (Object.keys(map).length > 0) root.set(PDFName.of('RoleMap'), doc.context.obj(map));
}

function fixBookmarks(doc: PDFDocument, headings: readonly string[]): void {
  const items: PDFDict[] = [];
  const collect = (item: PDFDict | undefined): void => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(current);
      collect(current.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  collect(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  const titles = items.map((item) => textOf(item.get(PDFName.of('Title'))) ?? '');
  outlineTitles(titles, headings).forEach((title, index) => items[index]!.set(PDFName.of('Title'), PDFHexString.fromText(title)));
}

const textOf = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

// Structure elements carry /ID (nodeNNNNNNNN) from Chromium's DOM node counter,
// which differs between runs. They are renumbered in the same order, so the
// sorted ID tree stays sorted and every reference to an id follows it.
function renumberStructureIds(doc: PDFDocument): void {
  const ID = PDFName.of('ID');
  const old = new Set<string>();
  for (const element of structureElements(doc)) {
    const id = textOf(element.get(ID));
    if (id !== undefined) old.add(id);
  }
  const renamed = new Map([...old].sort().map((id, index) => [id, `node${String(index + 1).padStart(8, '0')}`]));
  const rewrite = (value: PDFObject): PDFObject | undefined => {
    const id = textOf(value);
    if (id !== undefined) return renamed.has(id) ? PDFString.of(renamed.get(id)!) : undefined;
    if (value instanceof PDFDict) for (const [key, entry] of value.entries()) { const next = rewrite(entry); if (next) value.set(key, next); }
    if (value instanceof PDFArray) value.asArray().forEach((entry, index) => { const next = rewrite(entry); if (next) value.set(index, next); });
    return undefined;
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) rewrite(object);
}
