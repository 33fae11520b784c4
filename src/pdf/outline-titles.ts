/**
 * Chromium writes each bookmark from the heading as laid out: where the heading
 * wraps, the space is lost ("fromGeorgia"), and a heading moved to the next
 * page may be written twice. Each bookmark takes the text of its heading.
 */

/**
 * `titles`: the bookmarks in reading order; `headings`: the text of the book's
 * headings in document order. Returns the titles with each heading's text, or
 * stops the build naming a bookmark that matches no heading.
 */
export function outlineTitles(titles: readonly string[], headings: readonly string[]): string[] {
  const bare = (text: string) => text.replace(/\s+/g, '');
  const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
  let next = 0;
  return titles.map((title) => {
    for (let index = next; index < headings.length; index++) {
      const heading = headings[index]!;
      if (writesOut(bare(title), bare(heading))) {
        next = index + 1;
        return tidy(heading);
      }
    }
    throw new Error(`PDF: the bookmark "${title}" matches no heading of the book after "${headings[next - 1] ?? ''}"`);
  });
}

// The bookmark without spaces is the heading without spaces, once or more.
function writesOut(title: string, heading: string): boolean {
  return heading !== '' && title.length % heading.length === 0 && heading.repeat(title.length / heading.length) === title;
}
