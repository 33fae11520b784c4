/**
 * What the glossary page lists: every term in alphabetical order, grouped by
 * first letter, with its definition, its source and the chapters (in reading
 * order) that mark it with <Term>. Paths are before the base path.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { ChapterAnalysis } from '../chapters/analyse-chapter.ts';
import type { ReadingOrderEntry } from '../figures/list-of-figures.ts';

export interface GlossaryChapter {
  path: string;
  title: string;
  analysis: Pick<ChapterAnalysis, 'terms'>;
}

export interface GlossaryEntry extends GlossaryTerm {
  /** Chapters that mark the term, in reading order. */
  usedIn: { path: string; title: string }[];
}

export interface GlossaryLetter {
  letter: string;
  /** The heading's id: "letter-a". */
  slug: string;
  entries: GlossaryEntry[];
}

const pathOf = (entry: ReadingOrderEntry) => ('slug' in entry ? (entry.slug === 'index' ? '/' : `/${entry.slug}/`) : entry.link);

export function glossaryLetters(terms: readonly GlossaryTerm[], chapters: readonly GlossaryChapter[], readingOrder: readonly ReadingOrderEntry[], lang: string, langPrefix = ''): GlossaryLetter[] {
  const order = readingOrder.map((entry) => `${langPrefix}${pathOf(entry)}`);
  const place = (chapter: GlossaryChapter) => (order.includes(chapter.path) ? order.indexOf(chapter.path) : order.length);
  const inOrder = [...chapters].sort((a, b) => place(a) - place(b));
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const letters: GlossaryLetter[] = [];
  for (const term of [...terms].sort((a, b) => collator.compare(a.term, b.term))) {
    const letter = term.term.charAt(0).toLocaleUpperCase(lang);
    let group = letters.at(-1);
    if (!group || collator.compare(group.letter, letter) !== 0) {
      group = { letter, slug: `letter-${letter.toLocaleLowerCase(lang)}`, entries: [] };
      letters.push(group);
    }
    group.entries.push({
      ...term,
      usedIn: inOrder.filter((chapter) => chapter.analysis.terms.some((use) => use.id === term.id)).map(({ path, title }) => ({ path, title })),
    });
  }
  return letters;
}
