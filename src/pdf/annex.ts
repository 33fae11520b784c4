/**
 * The PDF's statistical annex: the full table of every dataset a chapter's
 * figures draw, grouped by chapter in reading order (a dataset under the first
 * chapter that draws it), numbered "Table A.1", "Table A.2"…, each with its
 * title, its source and where in it, and, when the site has an address, the
 * link to its CSV. The book lays it out (book-page.ts).
 */
import { getSource, shortCitation } from '../bibliography/bibliography.ts';
import { datasetText, rowsIn } from '../data/dataset-text.ts';
import type { Registry } from '../data/registry.ts';
import { tableCells } from '../figures/table-cells.ts';
import { t, textAround, type Lang } from '../i18n/index.ts';
import { isNumericColumn, isYearColumn } from '../schemas/cells.ts';

export interface AnnexTable {
  /** "Table A.3. Trafficking routes…". */
  heading: string;
  /** "Source: State Statistics Committee 2011, as reproduced in Shahgaldiyev 2016 (Table 1)." */
  source: string;
  /** "The data as CSV: https://…/data/x.csv"; undefined when the site has no address. */
  csv: string | undefined;
  columns: { label: string; numeric: boolean }[];
  rows: string[][];
}

export interface AnnexChapter {
  /** The chapter's heading, with its number: "3 Trafficking in human beings". */
  title: string;
  tables: AnnexTable[];
}

/** `chapters` in reading order, each with the datasets its figures draw, in order of use; `site` the site's origin. */
export function annexChapters(chapters: readonly { title: string; datasets: readonly string[] }[], registry: Registry, lang: Lang, site: string | undefined): AnnexChapter[] {
  const seen = new Set<string>();
  let count = 0;
  const [viaBefore, viaAfter] = textAround(lang, 'figure.via', 'via');
  return chapters.flatMap(({ title, datasets }) => {
    const tables = datasets
      .filter((id) => !seen.has(id) && seen.add(id))
      .map((id): AnnexTable => {
        const dataset = registry.get(id, `the PDF's annex (chapter "${title}")`);
        const text = datasetText(dataset, lang);
        const source = getSource(registry.bibliography, dataset.source, `dataset "${dataset.id}"`);
        const via = dataset.via ? getSource(registry.bibliography, dataset.via, `dataset "${dataset.id}"`) : undefined;
        const shape = dataset.row.shape;
        const keys = Object.keys(shape);
        return {
          heading: t(lang, 'pdf.annexTable', { number: t(lang, 'pdf.annexNumber', { number: String(++count) }), title: text.title }),
          source: `${t(lang, 'figure.source')} ${shortCitation(source)}${via ? `${viaBefore}${shortCitation(via)}${viaAfter}` : ''} (${text.locator}).`,
          csv: site && t(lang, 'pdf.annexCsv', { url: `${site}/data/${dataset.id}.csv` }),
          // A year names its row, as words do: aligned with them, not with the numbers.
          columns: keys.map((key) => ({ label: text.columns[key] ?? key, numeric: isNumericColumn(shape[key]) && !isYearColumn(shape[key]) })),
          rows: tableCells(rowsIn(registry.load(dataset).rows, text), keys, shape, lang),
        };
      });
    return tables.length > 0 ? [{ title, tables }] : [];
  });
}
