/**
 * A chapter of this report with its figures numbered as the report config
 * says (figure-numbering.ts): what every page that shows a figure's number reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { registry } from '../data/datasets.ts';
import { paths, report } from '../report/report.ts';
import { reportLanguages } from '../report/report-schema.ts';
import { analyseChapterFile, type ChapterAnalysis } from './analyse-chapter.ts';
import { chapterPlace } from './chapter-locale.ts';
import { chapterFigureStart, chapterNumbers, figureNumber } from './figure-numbering.ts';

/** The chapter's slug ("population", "index") and folder, from its file (content/az/population.mdx). */
function slugOf(file: string): { slug: string; dir: string } {
  const id = path.relative(paths.content, file).replace(/\.mdx?$/, '').split(path.sep).join('/');
  return { slug: chapterPlace(id, reportLanguages(report)).slug, dir: path.dirname(file) };
}

/** The chapter's number, or undefined for the home page and chapters marked unnumbered. */
export function chapterNumberOf(file: string): number | undefined {
  return chapterNumbers(report.sidebar).get(slugOf(file).slug);
}

/** The analysis of `file` (relative to the project), each figure with its number as readers see it. */
export function numberedChapter(file: string): ChapterAnalysis {
  const analysis = analyseChapterFile(file, registry, paths.root);
  const { slug, dir } = slugOf(file);
  // Numbered through the report, a chapter's figures follow those of the chapters before it, in the same language.
  const figureCount = (other: string) => {
    const sibling = ['.mdx', '.md'].map((extension) => path.join(dir, `${other}${extension}`)).find((candidate) => fs.existsSync(path.join(paths.root, candidate)));
    return sibling ? analyseChapterFile(sibling, registry, paths.root).figures.length : 0;
  };
  const start = chapterFigureStart(slug, report.sidebar, report.figureNumbering, figureCount);
  return { ...analysis, figures: analysis.figures.map((figure, index) => ({ ...figure, number: figureNumber(start, index + 1) })) };
}
