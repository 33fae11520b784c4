/**
 * The numbers a chapter states, in a form that does not depend on its
 * language: "1,554" (English) and "1.554" (Azerbaijani) both give "1554",
 * "38.2" and "38,2" both give "38.2". Only what a reader reads is searched:
 * the prose, headings, and the figure and key-figure texts; not imports,
 * citations (whose locators stay in the source's language), link targets or
 * the props that name data (ids, rows, where…).
 */

/** Props whose text a translator translates: their numbers are the reader's. */
const READ_PROPS = ['title', 'subtitle', 'description', 'notes', 'context', 'label', 'caption'];

export function readerText(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) =>
    frontmatter
      .split('\n')
      .filter((line) => /^(title|description|question):/.test(line))
      .map((line) => `${line}\n`)
      .join(''),
  );
  return body
    .split('\n')
    .filter((line) => !/^import\s/.test(line))
    .join('\n')
    .replace(/<Cite\b[^>]*\/>/g, ' ')
    .replace(/<(?:FigRef|CiteReport)\b[^>]*\/>/g, ' ')
    .replace(/<([A-Z]\w*)\b([^>]*?)\/?>/g, (_tag, _name, attributes: string) =>
      [...attributes.matchAll(/(\w+)=(?:"([^"]*)"|\{\[([\s\S]*?)\]\})/g)]
        .filter((match) => READ_PROPS.includes(match[1]!))
        .map((match) => match[2] ?? match[3] ?? '')
        .join(' '),
    )
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\b(?:href|id)="[^"]*"/g, ' ');
}

/** "1,554.5" -> "1554.5": English groups thousands with a comma and marks decimals with a point. */
export function englishNumbers(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((match) => normalise(match[0].replace(/,/g, '')));
}

/**
 * "1.554,5" -> "1554.5": Azerbaijani groups thousands with a point and marks decimals with a comma.
 * A point followed by other than three digits is a section number ("10.3"), kept as written.
 */
export function azerbaijaniNumbers(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+\.\d{1,2}(?!\d)|\d+(?:,\d+)?/g)].map((match) => {
    const written = match[0];
    if (/^\d+\.\d{1,2}$/.test(written)) return written;
    return normalise(written.replace(/\./g, '').replace(',', '.'));
  });
}

function normalise(number: string): string {
  return String(Number(number));
}
