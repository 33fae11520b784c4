/**
 * Checks every chapter without building: figures (dataset, preset, columns,
 * ids), citations and their keys. Reports all problems, then exits non-zero.
 *   npm run check:chapters
 */
import fs from 'node:fs';
import path from 'node:path';
import { registry } from '../src/data/datasets.ts';
import { analyseChapterFile } from '../src/chapters/analyse-chapter.ts';
import { ReportInputError } from '../src/data/errors.ts';

const files = (fs.readdirSync('content', { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => path.join('content', file))
  .sort();

let problems = 0;
for (const file of files) {
  try {
    const { figures, citations } = analyseChapterFile(file, registry);
    console.log(`ok   ${file.padEnd(36)} ${String(figures.length).padStart(3)} figures, ${String(citations.length).padStart(3)} sources`);
  } catch (error) {
    if (!(error instanceof ReportInputError)) throw error;
    problems += error.problems.length;
    console.log(`FAIL ${error.message}`);
  }
}
process.exit(problems > 0 ? 1 : 0);
