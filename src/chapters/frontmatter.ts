/**
 * A chapter's frontmatter, read and checked against the engine's schema: the
 * same check for `report-site check`, the dev server and the start of a build
 * (before Astro's content layer, whose message for a missing title names no line).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatZodIssues } from '../data/errors.ts';
import { chapterFrontmatterSchema } from '../schemas/chapter.ts';
import type { z } from 'zod';

export type Frontmatter = z.output<typeof chapterFrontmatterSchema>;

export function readFrontmatter(source: string, file: string): { data?: Frontmatter; problems: string[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return { problems: [`${file}:1: no frontmatter; start the file with --- title: … --- `] };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    return { problems: [`${file}:1: the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = chapterFrontmatterSchema.safeParse(data ?? {});
  return parsed.success ? { data: parsed.data, problems: [] } : { problems: formatZodIssues(parsed.error).map((issue) => `${file}:1, frontmatter ${issue}`) };
}

/** Every chapter's frontmatter problems, the chapters named below `content` ("content/x.mdx"). */
export function frontmatterProblems({ contentDir, content }: { contentDir: string; content: string }): string[] {
  if (!fs.existsSync(contentDir)) return [`${content}/: no such folder; the chapters go in it`];
  return fs
    .readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .flatMap((name) => readFrontmatter(fs.readFileSync(path.join(contentDir, name), 'utf8'), `${content}/${name.split(path.sep).join('/')}`).problems);
}
