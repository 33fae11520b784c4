/**
 * Every figure's drawing, kept as a committed snapshot: the SVG of each
 * figure of each chapter, wide and narrow, in every language of the report,
 * drawn from the chapters as the build draws them (draw-chapter-figures.ts)
 * without building the site. A change to a chart shows as a diff of its file
 * in tests/report/figure-snapshots/; after a deliberate change, update them
 * with `npm run test:snapshots -- -u` and review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths, report } from '../../src/report/report.ts';
import { reportLanguages } from '../../src/report/report-schema.ts';
import { registry } from '../../src/data/datasets.ts';
import { analyseChapterFile } from '../../src/chapters/analyse-chapter.ts';
import { chapterPlace } from '../../src/chapters/chapter-locale.ts';
import { drawChapterFigures } from '../../src/figures/draw-chapter-figures.ts';
import type { Lang } from '../../src/i18n/index.ts';

const SNAPSHOTS = path.join(import.meta.dirname, 'figure-snapshots');
const languages = reportLanguages(report) as Lang[];

/** The chapters' files (content/…mdx, as the build names them), by language. */
function chapterFiles(lang: Lang): string[] {
  return (fs.readdirSync(paths.contentDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => chapterPlace(file.replace(/\.mdx$/, '').replace(/\/index$/, ''), languages).lang === lang)
    .sort()
    .map((file) => `${paths.content}/${file}`);
}

/** One element a line, so a change shows as the lines it touches. */
const readable = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

describe('figure snapshots', () => {
  for (const lang of languages) {
    const figures = chapterFiles(lang).flatMap((file) => drawChapterFigures(analyseChapterFile(file, registry, paths.root), '/', lang).map(({ figure }) => figure));

    it(`draws every figure of the ${lang} chapters`, () => {
      expect(figures.length).toBeGreaterThan(0);
      expect(new Set(figures.map((figure) => figure.id)).size).toBe(figures.length);
    });

    for (const figure of figures.filter((drawn) => drawn.svg !== '')) {
      it(`${lang}: ${figure.id}, wide and narrow`, async () => {
        await expect(readable(figure.svg)).toMatchFileSnapshot(path.join(SNAPSHOTS, lang, `${figure.id}.wide.svg`));
        await expect(readable(figure.svgNarrow)).toMatchFileSnapshot(path.join(SNAPSHOTS, lang, `${figure.id}.narrow.svg`));
      });
    }
  }
});
