/**
 * Where a build keeps the figures it has drawn: one JSON file each in a
 * temporary folder, removed when the build ends. Drawn once, read back by each
 * page or file that shows the figure, so memory stays flat however many
 * figures a report has (10,000 drawn figures held in memory took 3.5 GB).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FigureModel } from './build-figure.ts';

let folder: string | undefined;

function storeFolder(): string {
  if (!folder) {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'report-figures-'));
    process.on('exit', () => fs.rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  return folder;
}

/** Keeps a drawn figure; returns how to read it back. */
export function storeFigure(key: string, figure: FigureModel): () => FigureModel {
  const file = path.join(storeFolder(), `${key}.json`);
  fs.writeFileSync(file, JSON.stringify(figure));
  return () => JSON.parse(fs.readFileSync(file, 'utf8')) as FigureModel;
}
