/**
 * Finds runs of words that a chapter shares with a report text, to catch
 * passages copied instead of written afresh. Words inside quotation marks
 * (a quoted phrase, with its citation), titles of works in *italics*, tables
 * of data and MDX markup are ignored; the texts a figure shows (title,
 * subtitle, description, notes) count as prose.
 */

/** The prose of an MDX chapter, with the texts of its figures. */
export function proseOf(mdx: string): string {
  const figureTexts = [...mdx.matchAll(/\b(?:title|subtitle|description|notes)="([^"]*)"/g)].map((match) => match[1]);
  return `${mdx}\n\n${figureTexts.join('.\n\n')}`
    .replace(/^---[\s\S]*?\n---\n/, ' ')
    .replace(/\*[^*\n][^*]{0,200}?\*/g, ' ')
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
