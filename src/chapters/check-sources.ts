/**
 * Checks the chapters as written, without building: frontmatter, figures and
 * citations (via the chapter analysis) and every link within the site, down
 * to the #anchor of a heading, figure or reference. Returns every problem;
 * given a list, adds to it the warnings that do not fail the check (a synonym
 * of a glossary term in the prose).
 */
import { comparisonTableAnchor } from '../figures/comparison-table.ts';
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Registry } from '../data/registry.ts';
import { ReportInputError } from '../data/errors.ts';
import { unknownQuotes } from '../data/catalogue.ts';
import { chapterCorrectionProblems } from '../editions/edition-of.ts';
import type { EditionEntry } from '../report/report-schema.ts';
import { analyseChapterTree, type ChapterAnalysis } from './analyse-chapter.ts';
import { parseMdx, walk, type MdxNode as Node } from './parse-mdx.ts';
import { citesAsObject } from './cite-as-object.ts';
import { figureProblems } from './site-figures.ts';
import { readFrontmatter } from './frontmatter.ts';
import { synonymWarnings } from '../glossary/synonyms.ts';
import { termIn } from '../schemas/glossary.ts';
import { translatedNumberProblems } from './numbers-in-text.ts';

interface Chapter {
  file: string;
  /** The report's other language the chapter is written in ("az", from content/az/), or '' for the report's own. */
  lang: string;
  /** Page path: "/" for index.mdx, "/population/" for population.mdx. */
  page: string;
  tree: Node;
  analysis?: ChapterAnalysis;
  /** Undefined when the MDX cannot be read: links into it are not judged. */
  anchors?: Set<string>;
}

/** The chapters in `contentDir`, named in messages as below `content` ("content/x.mdx"). */
/** `editions`, the report config's: each <Correction> must fall in one of them. */
export function checkChapters({ contentDir, content }: { contentDir: string; content: string }, registry: Registry, warnings?: string[], ownLang = 'en', editions?: readonly EditionEntry[]): string[] {
  const problems: string[] = [];
  const chapters: Chapter[] = [];
  const files = (fs.readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => /\.mdx?$/.test(file)).sort();
  for (const name of files) {
    const file = `${content}/${name.split(path.sep).join('/')}`;
    const source = fs.readFileSync(path.join(contentDir, name), 'utf8');
    problems.push(...checkFrontmatter(source, file, registry));
    problems.push(...citesAsObject(source, file));
    const slug = name.replace(/\.mdx?$/, '').split(path.sep).join('/');
    const page = slug === 'index' ? '/' : `/${slug.replace(/\/index$/, '')}/`;
    const folder = slug.split('/')[0] ?? '';
    const lang = slug.includes('/') && registry.languages.includes(folder) ? folder : '';
    let tree: Node;
    try {
      tree = parseMdx(source, file);
    } catch (error) {
      if (!(error instanceof ReportInputError)) throw error;
      problems.push(...error.problems);
      chapters.push({ file, lang, page, tree: { type: 'root' } });
      continue;
    }
    const analysis = analyseChapterTree(tree, file, registry, problems);
    if (editions) problems.push(...chapterCorrectionProblems(file, analysis.corrections, editions));
    // A chapter in another language is judged by the glossary's words in that language.
    const glossary = lang ? new Map([...registry.glossary].map(([id, term]) => [id, termIn(term, lang)])) : registry.glossary;
    warnings?.push(...synonymWarnings(tree, file, glossary));
    chapters.push({ file, lang, page, tree, analysis, anchors: anchorsOf(tree, analysis) });
  }
  const byPage = new Map(chapters.map((chapter) => [chapter.page, chapter]));
  for (const chapter of chapters) problems.push(...checkLinks(chapter, byPage, registry));
  // A translation states the numbers of its original, in its own language's format.
  for (const chapter of chapters.filter((candidate) => candidate.lang)) {
    const original = path.join(contentDir, chapter.file.slice(content.length + 1 + chapter.lang.length + 1));
    if (!fs.existsSync(original)) continue;
    problems.push(
      ...translatedNumberProblems(
        { file: `${content}/${path.relative(contentDir, original).split(path.sep).join('/')}`, source: fs.readFileSync(original, 'utf8'), lang: ownLang },
        { file: chapter.file, source: fs.readFileSync(path.join(contentDir, chapter.file.slice(content.length + 1)), 'utf8'), lang: chapter.lang },
      ),
    );
  }
  // A figure keeps its id in each language: ids are unique within the chapters of one language.
  for (const lang of new Set(chapters.map((chapter) => chapter.lang))) {
    const ofLang = chapters.filter((chapter) => chapter.lang === lang);
    const analyses = ofLang.flatMap((chapter) => (chapter.analysis ? [chapter.analysis] : []));
    const accepted = new Set(analyses.flatMap((analysis) => analysis.figures.map((figure) => `fig-${figure.id}`)));
    const rejected = ofLang.flatMap((chapter) => [...(chapter.anchors ?? [])].filter((anchor) => anchor.startsWith('fig-') && !accepted.has(anchor)));
    problems.push(...figureProblems(analyses, new Set(rejected.map((anchor) => anchor.slice('fig-'.length)))));
  }
  return problems;
}

function checkFrontmatter(source: string, file: string, registry: Registry): string[] {
  const { data, problems } = readFrontmatter(source, file);
  return data ? unknownQuotes(file, data.datasets ?? [], registry) : problems;
}

/** Ids a link may point at: headings (as Starlight slugs them), figures, references. */
function anchorsOf(tree: Node, analysis: ChapterAnalysis | undefined): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>(['_top']);
  walk(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
    // Figures count even when the analysis rejected them, so one bad figure
    // does not also report every link to the chapter's other figures.
    const id = node.name === 'Figure' ? node.attributes?.find((attribute) => attribute.name === 'id')?.value : undefined;
    if (typeof id === 'string') anchors.add(`fig-${id}`);
    const tableId = node.name === 'ComparisonTable' ? node.attributes?.find((attribute) => attribute.name === 'id')?.value : undefined;
    if (typeof tableId === 'string') anchors.add(comparisonTableAnchor(tableId));
  });
  for (const figure of analysis?.figures ?? []) anchors.add(`fig-${figure.id}`);
  for (const key of analysis?.citations ?? []) anchors.add(`ref-${key}`);
  if ((analysis?.citations.length ?? 0) > 0) anchors.add('references');
  return anchors;
}

function checkLinks(chapter: Chapter, byPage: Map<string, Chapter>, registry: Registry): string[] {
  const problems: string[] = [];
  walk(chapter.tree, (node) => {
    if (node.type === 'image' && node.url && !/^[a-z]+:/i.test(node.url) && !node.url.startsWith('/')) {
      const image = path.join(path.dirname(chapter.file), decodeURIComponent(node.url));
      if (!fs.existsSync(image)) problems.push(`${chapter.file}:${node.position?.start.line ?? 0}: image "${node.url}": no file at ${image}`);
      return;
    }
    const href = node.type === 'link' ? node.url : hrefAttribute(node);
    if (!href || /^[a-z]+:/i.test(href) || href.startsWith('//')) return;
    const at = `${chapter.file}:${node.position?.start.line ?? 0}: link "${href}"`;
    const url = new URL(href, `http://site.invalid${chapter.page}`);
    const anchor = decodeURIComponent(url.hash.slice(1));
    const target = byPage.get(url.pathname);
    if (target) {
      if (anchor && target.anchors && !target.anchors.has(anchor)) problems.push(`${at}: no heading, figure or reference "#${anchor}" in ${target.file}`);
      return;
    }
    // The engine's pages in another language: /az/data/, /az/figures/…, /az/glossary/.
    const langFolder = url.pathname.split('/')[1] ?? '';
    if (registry.languages.includes(langFolder)) url.pathname = url.pathname.slice(langFolder.length + 1);
    const download = /^\/data\/([a-z0-9-]+)\.(csv|json)$/.exec(url.pathname);
    if (url.pathname === '/data/' && anchor.startsWith('dataset-') && !registry.datasets.has(anchor.slice('dataset-'.length))) {
      problems.push(`${at}: no dataset "${anchor.slice('dataset-'.length)}" in the catalogue`);
      return;
    }
    if (url.pathname === '/data/' || url.pathname === '/data/all-datasets.zip') return;
    if (url.pathname === '/glossary/' && registry.glossary.size > 0) {
      if (anchor.startsWith('term-') && !registry.glossary.has(anchor.slice('term-'.length))) problems.push(`${at}: no term "${anchor.slice('term-'.length)}" in the glossary`);
      return;
    }
    // The list of figures, and each figure's embed page and images; the editions and corrections.
    if (url.pathname === '/figures/' || url.pathname === '/editions/') return;
    const figurePage = /^\/figures\/([a-z0-9-]+)(?:\/|\.svg|\.png)$/.exec(url.pathname);
    if (figurePage) {
      if (![...byPage.values()].some((page) => page.anchors?.has(`fig-${figurePage[1]}`))) problems.push(`${at}: no figure "${figurePage[1]}" on any page`);
      return;
    }
    if (download) {
      if (!registry.datasets.has(download[1] ?? '')) problems.push(`${at}: no dataset "${download[1]}"`);
      return;
    }
    problems.push(`${at}: no page at ${url.pathname}; chapters are ${[...byPage.keys()].join(', ')}`);
  });
  return problems;
}

function hrefAttribute(node: Node): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  if (node.name !== 'a') return undefined;
  const href = node.attributes?.find((attribute) => attribute.name === 'href')?.value;
  return typeof href === 'string' ? href : undefined;
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}
