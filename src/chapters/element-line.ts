/**
 * The line of a component in a chapter's source, found by its name and the
 * attributes it was written with, so a mistake found while the page renders
 * (a key figure's row, say) is reported at its line, as the chapter check does.
 */
export function elementLine(source: string, name: string, attributes: object): number | undefined {
  const wanted = Object.entries(attributes).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  for (const match of source.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))) {
    const tag = match[0];
    if (wanted.every(([key, value]) => tag.includes(`${key}="${value}"`))) return source.slice(0, match.index).split('\n').length;
  }
  return undefined;
}
