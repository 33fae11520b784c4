/**
 * The engine (src/) names nothing of this report: it imports nothing from
 * content/ or data/ by path, and no dataset id, citation key, chapter slug or
 * the report's title appears in its code or comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/data/datasets.ts';
import { report } from '../../src/report/report.ts';

const engineFiles = fs
  .readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((file) => path.join('src', file))
  .filter((file) => fs.statSync(file).isFile())
  .sort();

const chapterSlugs = fs
  .readdirSync('content')
  .filter((file) => file.endsWith('.mdx') && file !== 'index.mdx')
  .map((file) => file.replace(/\.mdx$/, ''));

/** Where `name` occurs in `text` as a whole token (not inside a longer id). */
function occurrences(text: string, name: string): number[] {
  const pattern = new RegExp(`(?<![A-Za-z0-9-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9-])`, 'g');
  return [...text.matchAll(pattern)].map((match) => text.slice(0, match.index).split('\n').length);
}

describe('the engine apart from the report', () => {
  it('reads real engine files', () => {
    expect(engineFiles.length).toBeGreaterThan(40);
    expect(registry.datasets.size).toBeGreaterThan(60);
    expect(chapterSlugs.length).toBeGreaterThan(5);
  });

  it('imports nothing from content/ or data/ by a relative path', () => {
    const reportFolders = ['content', 'data'].map((folder) => path.resolve(folder) + path.sep);
    const found = engineFiles.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]*)['"]/g)]
        .filter((match) => reportFolders.some((folder) => path.resolve(path.dirname(file), match[1]!).startsWith(folder)))
        .map((match) => `${file}: ${match[1]}`),
    );
    expect(found).toEqual([]);
  });

  it("names none of the report's datasets, sources, chapters or title", () => {
    const names = [
      ...registry.datasets.keys(),
      ...registry.bibliography.keys(),
      ...chapterSlugs,
      report.title,
      ...report.authors,
    ];
    const found = engineFiles.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return names.flatMap((name) => occurrences(text, name).map((line) => `${file}:${line}: "${name}"`));
    });
    expect(found).toEqual([]);
  });
});

describe('reports reach the engine by its package name', () => {
  // Every file of a report: this one, the example, and anything else outside the engine and its tests.
  const SKIP = new Set(['src', 'tests', 'node_modules', 'dist', '.git', '.astro', '.test-builds', 'test-results']);
  const reportFiles = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return SKIP.has(entry.name) || entry.name.startsWith('.') ? [] : reportFiles(file);
      return /\.(?:ts|mts|js|mjs|mdx|md|astro)$/.test(entry.name) ? [file] : [];
    });
  const files = reportFiles('.');
  const engine = path.resolve('src') + path.sep;
  const specifiers = (file: string) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);

  it('reads the report, the example and the site folder', () => {
    expect(files).toEqual(expect.arrayContaining(['astro.config.mjs', path.join('content', 'index.mdx'), path.join('examples', 'minimal', 'astro.config.mjs'), path.join('site', 'content.config.ts')]));
  });

  it('imports no file of src/ by a relative path', () => {
    const found = files.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => specifier.startsWith('.') && path.resolve(path.dirname(file), specifier).startsWith(engine))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(found).toEqual([]);
  });

  it('imports only what the package exports', () => {
    const exported = Object.keys((JSON.parse(fs.readFileSync('src/package.json', 'utf8')) as { exports: Record<string, string> }).exports).map((key) => key.replace(/^\./, 'report-site'));
    const found = files.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => specifier.startsWith('report-site') && !exported.includes(specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(found).toEqual([]);
  });
});
