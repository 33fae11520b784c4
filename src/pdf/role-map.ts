/**
 * Chromium tags <strong> and <em> as Strong and Em, types PDF 2.0 added; in the
 * PDF 1.7 file it writes, readers that meet them drop the element. A RoleMap
 * tells them what each one is in PDF 1.7 terms.
 */

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const PDF17_TYPES: ReadonlySet<string> = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

/** The types PDF 2.0 added (ISO 32000-2, 14.8.4), each as the PDF 1.7 type that reads the same. */
const PDF20_AS_PDF17: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Title: 'P',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Part',
};

/** The RoleMap for the structure types a file uses: each one outside PDF 1.7 with its PDF 1.7 type. */
export function roleMapFor(types: Iterable<string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const type of [...new Set(types)].sort()) {
    if (PDF17_TYPES.has(type)) continue;
    const standard = PDF20_AS_PDF17[type];
    if (!standard) throw new Error(`PDF: the structure type ${type} is neither a PDF 1.7 type nor a PDF 2.0 type with a PDF 1.7 equivalent; add it to PDF20_AS_PDF17 in src/pdf/role-map.ts`);
    map[type] = standard;
  }
  return map;
}
