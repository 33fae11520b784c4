/**
 * The list of abbreviations: every abbreviation a chapter spells out where it
 * first uses it, "World Health Organization (WHO)", with the words it stands for.
 * An abbreviation is taken only when the words before its parenthesis start
 * with its letters in order (small words such as "of" and "and" aside), so a
 * parenthesis that is not a definition, "five times (ABC)", is left out.
 * A key of short names, as a figure's notes give one, defines them too:
 * "Short names: SMS, State Migration Service; IAMAS, Interdepartmental Automated
 * Information Retrieval System; …": an entry that follows a colon or a semicolon
 * and ends with a semicolon, its name in capitalised words. Such a key may keep
 * the letters of the name in another language (IAMAS), so they are not compared.
 */
export interface Abbreviation {
  short: string;
  long: string;
}

// Words an abbreviation skips: "Organisation for Economic Co-operation and Development (OECD)".
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'və', 'üzrə', 'ilə']);
const DEFINED = /([\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,11})\s+\((\p{Lu}{2,8})(s?)\)/gu;

// "; MLSP, Ministry of Labour and Social Protection of the Population;": capitalised words, small ones between.
const KEY_ENTRY = /[:;] (\p{Lu}{2,8}), ((?:\p{Lu}[\p{L}’'-]*)(?: (?:\p{Lu}[\p{L}’'-]*|[\p{Ll}]{1,4}))*? \p{Lu}[\p{L}’'-]*)(?=;)/gu;

/** Every definition of an abbreviation in `text`, in order of appearance. */
export function definedAbbreviations(text: string, lang: string): Abbreviation[] {
  const plain = text.replace(/\s+/g, ' ');
  const spelledOut = [...plain.matchAll(DEFINED)].flatMap(({ index, 1: before = '', 2: short = '' }) => {
    const long = expansion(before.split(' '), short, lang);
    return long ? [{ index, short, long }] : [];
  });
  const keyed = [...plain.matchAll(KEY_ENTRY)].flatMap(({ index, 1: short = '', 2: long = '' }) => (long.split(' ').every((word) => SMALL_WORDS.has(word) || /^\p{Lu}/u.test(word)) ? [{ index, short, long }] : []));
  return [...spelledOut, ...keyed].sort((a, b) => a.index - b.index).map(({ short, long }) => ({ short, long }));
}

/** The words at the end of `words` whose initials spell `short`, or undefined. */
function expansion(words: string[], short: string, lang: string): string | undefined {
  const letters = [...short.toLocaleLowerCase(lang)];
  let start = words.length;
  for (let index = words.length - 1; index >= 0 && letters.length > 0; index--) {
    const word = words[index]!;
    const initial = [...word.toLocaleLowerCase(lang)][0];
    // "non-governmental organisations (NGOs)": each part of a hyphenated word may give a letter, or only its first ("Co-operation").
    const partInitials = word.includes('-') ? word.split('-').map((part) => [...part.toLocaleLowerCase(lang)][0] ?? '') : [];
    if (partInitials.length > 1 && partInitials.join('') === letters.slice(-partInitials.length).join('')) {
      letters.splice(-partInitials.length);
      start = index;
    } else if (initial === letters.at(-1)) {
      letters.pop();
      start = index;
    } else if (!SMALL_WORDS.has(word.toLocaleLowerCase(lang))) return undefined;
  }
  if (letters.length > 0) return undefined;
  const long = words.slice(start).join(' ');
  // "The World Health Organization": the article is not part of the name.
  return long.replace(/^(?:The|the) /, '');
}

/**
 * The abbreviations of several chapters, each once, in alphabetical order. Of several
 * definitions the shortest is kept (the first of equals): in a language with case endings
 * it is the name as such, "Ümumdünya Səhiyyə Təşkilatı" rather than "…Təşkilatının".
 */
export function abbreviationList(texts: readonly string[], lang: string): Abbreviation[] {
  const all = new Map<string, Abbreviation>();
  for (const text of texts) {
    for (const abbreviation of definedAbbreviations(text, lang)) {
      const known = all.get(abbreviation.short);
      if (!known || abbreviation.long.length < known.long.length) all.set(abbreviation.short, abbreviation);
    }
  }
  return [...all.values()].sort((a, b) => a.short.localeCompare(b.short, lang));
}
