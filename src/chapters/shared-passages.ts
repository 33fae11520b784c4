/**
 * Finds runs of words that a chapter shares with a report text, to catch
 * passages copied instead of written afresh. Words inside quotation marks
 * (a quoted phrase, with its citation) and MDX markup are ignored.
 */

/** The prose of an MDX chapter: no frontmatter, imports, components, tables, links or quotations. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/, ' ')
    .replace(/^\|.*$/gm, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/<[A-Z][\s\S]*?\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[“"][^”"\n]{0,200}[”"]/g, ' ');
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of `size` words of `chapter` that also appears in `source`, merged into passages. */
export function sharedPassages(chapter: string, source: string, size: number): string[] {
  const sourceWords = words(source);
  const shingles = new Set<string>();
  for (let i = 0; i + size <= sourceWords.length; i++) shingles.add(sourceWords.slice(i, i + size).join(' '));
  const chapterWords = words(proseOf(chapter));
  const passages: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + size <= chapterWords.length; i++) {
    if (!shingles.has(chapterWords.slice(i, i + size).join(' '))) continue;
    if (start >= 0 && i <= end) {
      end = i + size;
    } else {
      if (start >= 0) passages.push(chapterWords.slice(start, end).join(' '));
      start = i;
      end = i + size;
    }
  }
  if (start >= 0) passages.push(chapterWords.slice(start, end).join(' '));
  return passages;
}
