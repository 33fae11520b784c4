/**
 * Reads a <Figure>'s attributes from the MDX tree without running the chapter:
 * strings as they are, {…} expressions as JSON values (domain={[0, 100]}),
 * and spec={name} as the module the chapter imports `name` from. This is what
 * lets a figure be drawn away from its page: as an image, on its embed page.
 */
import path from 'node:path';
import type { MdxNode } from './parse-mdx.ts';
import { walk } from './parse-mdx.ts';
import type { WrittenAttributes } from './analyse-chapter.ts';

const DEFAULT_IMPORT = /import\s+([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+)['"]/g;

/** name -> project-relative module path, for every `import name from './…'` at the top of a chapter. */
export function defaultImportsOf(tree: MdxNode, file: string): Map<string, string> {
  const imports = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type !== 'mdxjsEsm' || !node.value) return;
    for (const [, name, from] of node.value.matchAll(DEFAULT_IMPORT)) {
      if (name && from?.startsWith('.')) imports.set(name, path.posix.normalize(path.posix.join(path.posix.dirname(file), from)));
    }
  });
  return imports;
}

/** The written attributes, or a message saying which one cannot be read. */
export function readWrittenAttributes(node: MdxNode, imports: Map<string, string>, at: string): WrittenAttributes | string {
  const values: Record<string, unknown> = {};
  let specModule: string | undefined;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const { name, value } = attribute;
    if (typeof value === 'string') {
      values[name] = value;
      continue;
    }
    const expression = String((value as { value?: unknown } | null)?.value ?? '').trim();
    if (name === 'spec') {
      specModule = imports.get(expression);
      if (!specModule) return `${at}: spec={${expression}} must name a chart imported at the top of the chapter, e.g. import ${expression || 'flows'} from '../data/topic/name.chart.ts'`;
      continue;
    }
    try {
      values[name] = JSON.parse(expression);
    } catch {
      return `${at}: ${name}={${expression}} must be a plain value such as ${name}={[0, 100]} or ${name}="text", so the figure can also be drawn as an image`;
    }
  }
  return specModule ? { values, specModule } : { values };
}
