/**
 * The last touches on the printed PDF:
 * - the chapter's title at the top left of each of its pages (Chromium's header
 *   is the same on every page), marked as an artifact so that screen readers
 *   skip it as they skip the page numbers;
 * - title, author, language and producer;
 * - the edition date instead of the time of printing, and the tags' ids
 *   renumbered from 1 (Chromium numbers them by its own DOM node counter), so
 *   two builds of the same input are byte-identical.
 */
import fs from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, beginMarkedContent, endMarkedContent, rgb, type PDFFont, type PDFObject } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

export interface PdfFinish {
  date: string;
  title: string;
  author: string;
  lang: string;
  /** 1-based first page of each chapter, in reading order. */
  chapterStarts: { title: string; page: number }[];
}

const MM = 72 / 25.4;

export async function finishPdf(pdf: Uint8Array, finish: PdfFinish): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const font = await runningHeadFont(doc, finish.chapterStarts.map((chapter) => chapter.title));
  const pages = doc.getPages();
  const starts = [...finish.chapterStarts].sort((a, b) => a.page - b.page);
  for (const [index, chapter] of starts.entries()) {
    const end = (starts[index + 1]?.page ?? pages.length + 1) - 1;
    for (let number = chapter.page; number <= end; number++) {
      const page = pages[number - 1];
      if (!page) continue;
      page.pushOperators(beginMarkedContent('Artifact'));
      page.drawText(chapter.title, { x: 18 * MM, y: page.getHeight() - 13 * MM, size: 8, font, color: rgb(0.27, 0.27, 0.27) });
      page.pushOperators(endMarkedContent());
    }
  }
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

/**
 * Helvetica, built into every PDF reader, where it can write every title (English, French…);
 * else a system font with the letters it lacks (Azerbaijani ə, ğ, ı, ş), embedded as a subset.
 */
async function runningHeadFont(doc: PDFDocument, titles: readonly string[]): Promise<PDFFont> {
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  if (titles.every((title) => canEncode(helvetica, title))) return helvetica;
  const file = UNICODE_FONTS.find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`PDF: the running heads need a font with ${titles.join(' ')}; install Debian's fonts-dejavu-core (expected one of ${UNICODE_FONTS.join(', ')})`);
  doc.registerFontkit(fontkit);
  return doc.embedFont(fs.readFileSync(file), { subset: true });
}

// Installed with Chromium on Debian (fontconfig needs one of them).
const UNICODE_FONTS = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'];

function canEncode(font: PDFFont, text: string): boolean {
  try {
    font.encodeText(text);
    return true;
  } catch {
    return false;
  }
}

// Structure elements carry /ID (nodeNNNNNNNN) from Chromium's DOM node counter,
// which differs between runs. They are renumbered in the same order, so the
// sorted ID tree stays sorted and every reference to an id follows it.
function renumberStructureIds(doc: PDFDocument): void {
  const ID = PDFName.of('ID');
  const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);
  const old = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('StructElem')) {
      const id = text(object.get(ID));
      if (id !== undefined) old.add(id);
    }
  }
  const renamed = new Map([...old].sort().map((id, index) => [id, `node${String(index + 1).padStart(8, '0')}`]));
  const rewrite = (value: PDFObject): PDFObject | undefined => {
    const id = text(value);
    if (id !== undefined) return renamed.has(id) ? PDFString.of(renamed.get(id)!) : undefined;
    if (value instanceof PDFDict) for (const [key, entry] of value.entries()) { const next = rewrite(entry); if (next) value.set(key, next); }
    if (value instanceof PDFArray) value.asArray().forEach((entry, index) => { const next = rewrite(entry); if (next) value.set(index, next); });
    return undefined;
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) rewrite(object);
}
