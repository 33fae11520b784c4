/**
 * Parses a chapter's MDX with satteri (the parser Astro itself uses). A syntax
 * error, such as a tag that is never closed, becomes a message naming the
 * file, line and column instead of a stack trace.
 */
import { mdxToMdast } from 'satteri';
import { ReportInputError } from '../data/errors.ts';

export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  depth?: number;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export function parseMdx(source: string, file: string): MdxNode {
  try {
    return mdxToMdast(source) as unknown as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // satteri writes "line:column: what is wrong".
    const located = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
    const problem = located ? `${file}:${located[1]}:${located[2]}: ${located[3]?.replace(/ \(\d+:\d+\)/, '')}` : `${file}: ${message}`;
    throw new ReportInputError(`Cannot read ${file}`, [`${problem}; the MDX cannot be read until this is fixed`]);
  }
}

export function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
