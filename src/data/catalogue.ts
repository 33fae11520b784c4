/**
 * The data catalogue: every dataset with its provenance, its size and the
 * chapter figures that draw it, and a single archive of all datasets.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Registry } from './registry.ts';
import type { ChapterAnalysis } from '../chapters/analyse-chapter.ts';
import { datasetJson } from './downloads.ts';
import { bibliography, fullReference } from '../bibliography/bibliography.ts';

export interface ChapterRef {
  /** Chapter page, e.g. "/remittances/" (before the base path). */
  path: string;
  title: string;
  analysis: ChapterAnalysis;
}

export interface CatalogueEntry {
  id: string;
  /** The data/ folder it lives in: "remittances". */
  topic: string;
  title: string;
  unit: string;
  source: string;
  via?: string;
  locator: string;
  notes: string[];
  rows: number;
  columns: string[];
  file: string;
  /** Figures that draw this dataset: "Remittances, Figure 2" -> "/remittances/#fig-…". */
  usedBy: { label: string; path: string }[];
}

export function buildCatalogue(registry: Registry, chapters: readonly ChapterRef[]): CatalogueEntry[] {
  return [...registry.datasets.values()].map((dataset) => {
    const { rows, file } = registry.load(dataset);
    const reference = (key: string | undefined) => {
      const source = key ? bibliography.get(key) : undefined;
      return source ? fullReference(source) : undefined;
    };
    const via = reference(dataset.via);
    return {
      id: dataset.id,
      topic: dataset.file.split('/')[0] ?? '',
      title: dataset.title,
      unit: dataset.unit,
      source: reference(dataset.source) ?? dataset.source,
      ...(via ? { via } : {}),
      locator: dataset.locator,
      notes: dataset.notes,
      rows: rows.length,
      columns: Object.values(dataset.columns),
      file,
      usedBy: chapters.flatMap((chapter) =>
        chapter.analysis.figures
          .filter((figure) => figure.dataset === dataset.id)
          .map((figure) => ({ label: `${chapter.title}, Figure ${figure.number}`, path: `${chapter.path}#fig-${figure.id}` })),
      ),
    };
  });
}

/** Headings of the catalogue, one per data/ folder, in reading order. */
export const TOPICS: readonly { folder: string; title: string }[] = [
  { folder: 'general', title: 'General statistics' },
  { folder: 'legal', title: 'Legal migration' },
  { folder: 'irregular', title: 'Irregular migration' },
  { folder: 'trafficking', title: 'Trafficking in human beings' },
  { folder: 'remittances', title: 'Remittances' },
  { folder: 'displacement', title: 'Displacement' },
  { folder: 'abroad', title: 'Azerbaijanis abroad' },
  { folder: 'data-management', title: 'Data management' },
  { folder: 'timeline', title: 'Timelines' },
];

// A fixed date keeps the archive byte-identical from one build to the next.
const ARCHIVE_DATE = new Date('2000-01-01T00:00:00Z');

/** Every dataset as CSV (as committed) and JSON, in one zip file. */
export function allDatasetsZip(registry: Registry): Uint8Array<ArrayBuffer> {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const dataset of [...registry.datasets.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const loaded = registry.load(dataset);
    files[`${dataset.id}.csv`] = [strToU8(loaded.csvText), { mtime: ARCHIVE_DATE }];
    files[`${dataset.id}.json`] = [strToU8(datasetJson(loaded)), { mtime: ARCHIVE_DATE }];
  }
  return zipSync(files, { level: 9, mtime: ARCHIVE_DATE });
}
