/**
 * Chromium stamps a PDF with the time it was printed; the report's PDF carries
 * its edition date instead, so two builds of the same input are byte-identical.
 * Title, author, language and producer are set here too.
 */
import { PDFDocument } from 'pdf-lib';

export async function fixPdfMetadata(
  pdf: Uint8Array,
  meta: { date: string; title: string; author: string; lang: string },
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setProducer('Chromium (playwright-core), pdf-lib');
  doc.setCreator(meta.title);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.lang);
  // Object streams off: the file stays readable by simple tools and its bytes depend only on its objects.
  return doc.save({ useObjectStreams: false });
}
