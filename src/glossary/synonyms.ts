/**
 * One word for one concept: finds where a chapter's prose uses a name the
 * glossary lists as a synonym of a term, so `report-site check` can say which
 * word the report uses instead. Quoted words (“…”, "…") are the source's and are
 * left alone, as are names in title case, the words inside <Term>, code and
 * attributes, and a synonym inside a term's own name.
 */
import type { MdxNode as Node } from '../chapters/parse-mdx.ts';
import type { Glossary } from './glossary.ts';

interface Pattern {
  synonym: string;
  term: string;
  id: string;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordPattern = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(words).replace(/ /g, '\\s+')}(?:s|es)?(?![\\p{L}\\p{N}-])`, 'giu');

// "Trafficking in Persons Report": a synonym in a title or a body's name is a name, not the report's word.
const isTitleCase = (words: string) => {
  const long = words.split(/\s+/).filter((word) => word.length > 3);
  return long.length > 1 && long.every((word) => /^\p{Lu}/u.test(word));
};

/** Where the glossary's own names stand in a text, "(IDP)" and the like left out: a synonym inside one is not a use. */
function nameRanges(text: string, glossary: Glossary): [number, number][] {
  return [...glossary.values()].flatMap((term) =>
    [...text.matchAll(wordPattern(term.term.replace(/\s*\([^)]*\)$/, '')))].map((match): [number, number] => [match.index, match.index + match[0].length]),
  );
}

function patternsOf(glossary: Glossary): Pattern[] {
  return [...glossary.values()].flatMap((term) =>
    term.synonyms.map((synonym) => ({
      synonym,
      term: term.term,
      id: term.id,
      // The word alone or with a plural ending, not inside a longer word; spaces may break lines.
      pattern: wordPattern(synonym),
    })),
  );
}

/** [start, end) ranges of the text between quotation marks; an unclosed quote runs to the end. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pairs: Record<string, string> = { '“': '”', '"': '"' };
  let open: { at: number; close: string } | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (open) {
      if (char === open.close) {
        ranges.push([open.at, index + 1]);
        open = undefined;
      }
    } else if (pairs[char]) open = { at: index, close: pairs[char] as string };
  }
  if (open) ranges.push([open.at, text.length]);
  return ranges;
}

/** One warning per use of a synonym in the chapter's prose: file, line, the word and the term to write. */
export function synonymWarnings(tree: Node, file: string, glossary: Glossary): string[] {
  const patterns = patternsOf(glossary);
  if (patterns.length === 0) return [];
  const warnings: { line: number; index: number; text: string }[] = [];
  const visit = (node: Node) => {
    // The term's own words, code, and JSX attributes are not prose to judge.
    if (node.name === 'Term' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'yaml') return;
    if (node.type === 'text' && typeof node.value === 'string') {
      const text = node.value;
      const skipped = [...quotedRanges(text), ...nameRanges(text, glossary)];
      for (const { synonym, term, id, pattern } of patterns) {
        for (const match of text.matchAll(pattern)) {
          const index = match.index;
          if (skipped.some(([start, end]) => index >= start && index < end) || isTitleCase(match[0])) continue;
          const line = (node.position?.start.line ?? 0) + (text.slice(0, index).match(/\n/g)?.length ?? 0);
          warnings.push({
            line,
            index,
            text: `${file}:${line}: "${match[0].replace(/\s+/g, ' ')}" names the glossary's "${term}" (${id}) by another word ("${synonym}"); write "${term}", one word for one concept`,
          });
        }
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return warnings.sort((a, b) => a.line - b.line || a.index - b.index).map((warning) => warning.text);
}
