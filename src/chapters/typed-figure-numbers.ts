/**
 * A link such as "[Chapter, Figure 1](/chapter/#fig-flows)" types a number
 * that goes stale as soon as figures are added or reordered. <FigRef> writes
 * the number from the chapter itself, so a typed one is reported.
 */
import { walk, type MdxNode as Node } from './parse-mdx.ts';

const TYPED_NUMBER = /\b(?:Figure|Fig\.)\s*\d+/i;

/** "file:line: …" for every Markdown link to a #fig- anchor whose text carries "Figure N" or "Fig. N". */
export function typedFigureNumbers(tree: Node, file: string): string[] {
  const problems: string[] = [];
  walk(tree, (node) => {
    if (node.type !== 'link' || !node.url?.includes('#fig-')) return;
    const text = textOf(node);
    const typed = TYPED_NUMBER.exec(text);
    if (!typed) return;
    const id = node.url.slice(node.url.indexOf('#fig-') + '#fig-'.length);
    problems.push(
      `${file}:${node.position?.start.line ?? 0}: the link "[${text}](${node.url})" types "${typed[0]}", which goes stale when figures move; write <FigRef id="${id}" /> instead`,
    );
  });
  return problems;
}

function textOf(node: Node): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
