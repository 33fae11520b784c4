/**
 * The data catalogue: every dataset with its provenance, its size and the
 * chapter figures that draw it, and a single archive of all datasets.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Registry } from './registry.ts';
import type { ChapterAnalysis } from '../chapters/analyse-chapter.ts';
import { datasetJson } from './downloads.ts';
import type { EditionEntry } from '../report/report-schema.ts';
import { ReportInputError } from './errors.ts';
import { fullReference } from '../bibliography/bibliography.ts';
import { didYouMean } from '../chapters/closest-name.ts';
import { figureInChapter, t, type Lang } from '../i18n/index.ts';
import { datasetText } from './dataset-text.ts';

export interface ChapterRef {
  /** Chapter page, e.g. "/population/" (before the base path). */
  path: string;
  title: string;
  analysis: ChapterAnalysis;
  /** Datasets whose numbers the chapter quotes in its text (frontmatter `datasets`). */
  quotes: readonly string[];
}

export interface CatalogueEntry {
  id: string;
  /** The data/ folder it lives in: "population". */
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
  /** Figures that draw this dataset ("Population, Figure 2" -> "/population/#fig-…"), then the comparison tables that show it, then chapters quoting it in their text. */
  usedBy: { label: string; path: string; figureId?: string }[];
}

export function buildCatalogue(registry: Registry, chapters: readonly ChapterRef[], lang: Lang): CatalogueEntry[] {
  const unknown = chapters.flatMap((chapter) => unknownQuotes(chapter.analysis.file, chapter.quotes, registry));
  if (unknown.length > 0) throw new ReportInputError('Unknown dataset in chapter frontmatter', unknown);
  return [...registry.datasets.values()].map((dataset) => {
    const { rows, file } = registry.load(dataset);
    const reference = (key: string | undefined) => {
      const source = key ? registry.bibliography.get(key) : undefined;
      return source ? fullReference(source, lang) : undefined;
    };
    const via = reference(dataset.via);
    const text = datasetText(dataset, lang);
    return {
      id: dataset.id,
      topic: dataset.file.split('/')[0] ?? '',
      title: text.title,
      unit: text.unit,
      source: reference(dataset.source) ?? dataset.source,
      ...(via ? { via } : {}),
      locator: text.locator,
      notes: [...text.notes],
      rows: rows.length,
      columns: Object.keys(dataset.columns).map((column) => text.columns[column] ?? column),
      file,
      usedBy: [
        ...chapters.flatMap((chapter) =>
          chapter.analysis.figures
            .filter((figure) => figure.dataset === dataset.id)
            .map((figure) => ({ label: figureInChapter(lang, chapter.title, figure.number), path: `${chapter.path}#fig-${figure.id}`, figureId: figure.id })),
        ),
        ...chapters.flatMap((chapter) =>
          chapter.analysis.comparisonTables
            .filter((table) => table.dataset === dataset.id)
            .map((table) => ({ label: t(lang, 'data.inTable', { chapter: chapter.title }), path: `${chapter.path}#table-${table.id}` })),
        ),
        ...chapters
          .filter((chapter) => chapter.quotes.includes(dataset.id))
          .map((chapter) => ({ label: t(lang, 'data.inText', { chapter: chapter.title }), path: chapter.path })),
      ],
    };
  });
}


// A fixed date keeps the archive byte-identical from one build to the next.
const ARCHIVE_DATE = new Date('2000-01-01T00:00:00Z');

/** Every dataset as CSV (as committed) and JSON (references in `lang`), and the data package (datapackage.json) that describes them, in one zip file. */
export function allDatasetsZip(registry: Registry, lang: Lang, dataPackageJson: string, editions: readonly EditionEntry[]): Uint8Array<ArrayBuffer> {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = { 'datapackage.json': [strToU8(dataPackageJson), { mtime: ARCHIVE_DATE }] };
  for (const dataset of [...registry.datasets.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const loaded = registry.load(dataset);
    files[`${dataset.id}.csv`] = [strToU8(loaded.csvText), { mtime: ARCHIVE_DATE }];
    files[`${dataset.id}.json`] = [strToU8(datasetJson(loaded, registry.bibliography, lang, editions)), { mtime: ARCHIVE_DATE }];
  }
  return zipSync(files, { level: 9, mtime: ARCHIVE_DATE });
}

/** Problems with the `datasets` a chapter's frontmatter names: each must be a known dataset id. */
export function unknownQuotes(file: string, quotes: readonly string[], registry: Registry): string[] {
  return quotes
    .filter((id) => !registry.datasets.has(id))
    .map((id) => `${file}:1, frontmatter "datasets": no dataset "${id}" in data/; ${didYouMean(id, registry.datasets.keys(), 'datasets')}`);
}
