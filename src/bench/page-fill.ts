/**
 * How much of each page of a PDF is left empty: each page rendered by poppler's
 * pdftoppm at low resolution in grey, and the share of the type area's pixel
 * rows above its first ink and below its last (the space between lines and
 * inside a chart is not counted). The running head above the type area is left
 * out, so an empty page reads 1 and a full one 0.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The page's margins the type area lies within, as a share of the page's height (A4: 22 mm top, 18 mm bottom). */
const TYPE_AREA = { top: 22 / 297, bottom: 18 / 297 };
/** A grey below this is ink; paper and faint rules above it. */
const INK = 200;

/** The empty share (0–1) of each page's type area, in page order. */
export function emptyShares(pdf: string, resolution = 20): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-fill-'));
  try {
    const run = spawnSync('pdftoppm', ['-r', String(resolution), '-gray', pdf, path.join(dir, 'p')], { encoding: 'utf8' });
    if (run.error) throw new Error(`pdftoppm renders the pages: install Debian's poppler-utils (${run.error.message})`);
    if (run.status !== 0) throw new Error(`pdftoppm ${pdf}: ${run.stderr}`);
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => pageNumber(a) - pageNumber(b))
      .map((name) => emptyShare(fs.readFileSync(path.join(dir, name))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const pageNumber = (name: string) => Number(/(\d+)\.pgm$/.exec(name)?.[1] ?? 0);

/** The empty share of one binary PGM (P5, 8 bits) page. */
export function emptyShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('expected a binary 8-bit PGM image (P5)');
  const [whole, width, height] = [header[0].length, Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(whole);
  const first = Math.ceil(height * TYPE_AREA.top);
  const last = Math.floor(height * (1 - TYPE_AREA.bottom));
  const inked: number[] = [];
  for (let row = first; row < last; row++) {
    if (pixels.subarray(row * width, (row + 1) * width).some((grey) => grey < INK)) inked.push(row);
  }
  if (inked.length === 0) return 1;
  return (inked[0]! - first + (last - 1 - inked.at(-1)!)) / (last - first);
}

/** The pages, those more than half and more than 70 % empty (1-based), and the empty space of all pages added up, in pages. */
export function fillSummary(shares: readonly number[]): { pages: number; overHalf: number[]; over70: number[]; blankPages: number } {
  const pagesWhere = (test: (share: number) => boolean) => shares.flatMap((share, index) => (test(share) ? [index + 1] : []));
  return {
    pages: shares.length,
    overHalf: pagesWhere((share) => share > 0.5),
    over70: pagesWhere((share) => share > 0.7),
    blankPages: Math.round(shares.reduce((sum, share) => sum + share, 0) * 10) / 10,
  };
}

// node src/bench/page-fill.ts dist/report.pdf
if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node src/bench/page-fill.ts <file.pdf>');
  const shares = emptyShares(file);
  console.log(JSON.stringify(fillSummary(shares)));
  console.log(shares.map((share, index) => `${index + 1}:${Math.round(share * 100)}`).join(' '));
}
