/**
 * What an Azerbaijani page of a built site must not show: the engine's and
 * Starlight's English interface words (a missing translation falls back to
 * English silently). Only the visible text is read, not scripts or attributes.
 */
import { parseHTML } from 'linkedom';
import { en } from '../../src/i18n/en.ts';
import { az } from '../../src/i18n/az.ts';

/** Starlight's own English words that its Azerbaijani pages would show if the engine gave none. */
const STARLIGHT_ENGLISH = ['On this page', 'Skip to content', 'Previous', 'Next', 'Select theme', 'Select language', 'Search'];

/**
 * English interface texts of two words or more, which the Azerbaijani dictionary says differently
 * (a single word such as "conference" may stand in the English title of a cited source).
 */
export const englishInterfaceWords: string[] = [
  ...STARLIGHT_ENGLISH,
  ...Object.entries(en)
    .filter(([key, text]) => text !== az[key as keyof typeof az] && !text.includes('{') && /\S\s+\S/.test(text))
    .map(([, text]) => text),
];

/** The page's visible text, without scripts and styles; the text of neighbouring elements kept apart, as a reader sees it. */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style, template')) element.remove();
  const texts: string[] = [];
  const collect = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.textContent ?? '');
    for (const child of node.childNodes) collect(child);
  };
  if (document.body) collect(document.body);
  return texts.join(' ').replace(/\s+/g, ' ');
}

/** English interface words in the visible text of an Azerbaijani page, whole words only. */
export function englishLeftovers(html: string): string[] {
  const text = visibleText(html);
  const escape = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return englishInterfaceWords.filter((words) => new RegExp(`(?:^|[^\\p{L}])${escape(words)}(?:$|[^\\p{L}])`, 'u').test(text));
}
