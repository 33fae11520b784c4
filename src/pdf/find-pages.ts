/**
 * Where each heading landed in a printed PDF: given the text of each page and
 * the headings in book order, the 1-based page of each. Headings are searched
 * in order, each no earlier than the one before, so a title quoted in the
 * contents is not mistaken for the place it stands.
 */
export function findPages(pages: string[], headings: { id: string; text: string; startsPage: boolean }[]): Record<string, number> {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
  const pageText = pages.map(normalise);
  const result: Record<string, number> = {};
  let from = 0;
  for (const heading of [...headings]) {
    const needle = normalise(heading.text).slice(0, 40);
    let index = -1;
    for (let p = from; p < pageText.length; p++) {
      const text = pageText[p] ?? '';
      if (heading.startsPage ? text.startsWith(needle) : text.includes(needle)) {
        index = p;
        break;
      }
    }
    if (index < 0) throw new Error(`PDF: "${heading.text}" was not found in the printed pages after page ${from + 1}`);
    result[heading.id] = index + 1;
    from = index;
  }
  return result;
}
