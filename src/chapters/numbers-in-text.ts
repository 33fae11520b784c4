/**
 * The numbers a chapter states, in a form that does not depend on its
 * language: "1,554" (English) and "1.554" (Azerbaijani) both give "1554",
 * "38.2" and "38,2" both give "38.2". The separators come from Intl for the
 * language. Only what a reader reads is searched: the prose, headings, and
 * the texts of figures and key figures; not imports, citations (whose
 * locators stay in the source's language), link targets, or the props that
 * name data (ids, rows, where…).
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every number written in `text` in the format of `lang`, as plain decimals ("1554.5").
 * A group separator followed by other than three digits is not one: "10.3" in a text whose
 * decimals take a comma is a section number, kept as written.
 */
export function numbersIn(text: string, lang: string): string[] {
  const parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  // Intl groups with a narrow no-break space in some languages; writers use any space.
  const groupPattern = /\s/.test(group) ? '[\\s\\u00a0\\u202f]' : escape(group);
  const grouped = `\\d{1,3}(?:${groupPattern}\\d{3})+(?:${escape(decimal)}\\d+)?(?!\\d)`;
  const sectionNumber = decimal === '.' ? [] : ['\\d+\\.\\d+'];
  const numbers = new RegExp([grouped, ...sectionNumber, `\\d+(?:${escape(decimal)}\\d+)?`].join('|'), 'g');
  return [...text.matchAll(numbers)].map(([written]) => {
    if (decimal !== '.' && /^\d+\.\d+$/.test(written) && !new RegExp(`^${grouped}$`).test(written)) return written;
    return String(Number(written.split(new RegExp(groupPattern)).join('').replace(decimal, '.')));
  });
}

/**
 * Problems of a translated chapter whose numbers are not those of its original:
 * each number it adds, and each number of the original it leaves out.
 */
export function translatedNumberProblems(original: { file: string; source: string; lang: string }, translation: { file: string; source: string; lang: string }): string[] {
  const want = new Set(numbersIn(readerText(original.source), original.lang));
  const have = new Set(numbersIn(readerText(translation.source), translation.lang));
  const added = [...have].filter((number) => !want.has(number));
  const missing = [...want].filter((number) => !have.has(number));
  const list = (numbers: string[]) => numbers.slice(0, 8).join(', ') + (numbers.length > 8 ? ', …' : '');
  return [
    ...(added.length > 0 ? [`${translation.file}: states ${added.length} number(s) that ${original.file} does not: ${list(added)}; a translation keeps the original's numbers`] : []),
    ...(missing.length > 0 ? [`${translation.file}: leaves out ${missing.length} number(s) of ${original.file}: ${list(missing)}`] : []),
  ];
}
