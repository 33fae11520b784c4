/**
 * What a dataset says about its sources: its source line names every report its
 * rows come from; what it prints "as written in the report" is the report's
 * wording; and a count of a report's references in its notes is right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/data/datasets.ts';
import { report } from '../../src/report/report.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { rowsOf } from './rows.ts';

const SOURCES_DIR = path.resolve(process.env.REPORT_SOURCES_DIR ?? '../shared/sources');
const reports = [...registry.bibliography.values()].filter((source) => source.kind === 'report');
const datasets = [...registry.datasets.values()];

/**
 * Datasets allowed to draw on a report their source line does not name, and why.
 * A dataset has one source (and one via), so rows of two reports that must be
 * drawn in one chart cannot both be credited there.
 */
const SHOWN_SIDE_BY_SIDE: Record<string, string> = {
  'displacement-totals-compared':
    'the conflicting totals of Shahgaldiyev 2016 and Yunusov 2013 drawn as one chart; its notes and the chart description say which report gives which figure',
  'displacement-conflicting-totals':
    'a comparison table of the same totals: each row names its report in the column source, and the table cites it there',
};

/** A report's citation key from a cell: the key itself or "Yunusov 2013". */
function reportKeyOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return reports.find((source) => source.key === value || `${source.shortAuthor} ${source.year}` === value)?.key;
}

/** Reports a dataset's rows (column reported_in or source) or its locator ("…; Rumyansev 2013, pp. 1-3") draw on. */
function reportsNamedBy(dataset: Dataset): Set<string> {
  const named = new Set<string>();
  // A comparison table names each row's report by its key in the column source.
  for (const column of ['reported_in', 'source'].filter((name) => name in dataset.row.shape)) {
    for (const row of rowsOf(dataset.id)) {
      const key = reportKeyOf(row[column]);
      if (key) named.add(key);
    }
  }
  for (const source of reports) {
    const surname = source.shortAuthor.split(/[ ,]/)[0]!;
    if (new RegExp(`\\b${surname},? \\(?${source.year}\\b`).test(dataset.locator)) named.add(source.key);
  }
  return named;
}

describe('a dataset credits the reports it draws on', () => {
  it('reads the reports named by rows and by the locator', () => {
    const routes = registry.datasets.get('trafficking-routes-rumyansev-2013')!;
    expect([...reportsNamedBy(routes)]).toEqual(['rumyansev-2013']);
    const mixed = { ...routes, locator: 'Shahgaldiyev 2016, footnote 15; Yunusov (2013), section 3' };
    expect([...reportsNamedBy(mixed)].sort()).toEqual(['rumyansev-2013', 'shahgaldiyev-2016', 'yunusov-2013']);
  });

  it('every report a dataset draws on is its source or its via', () => {
    const problems = datasets
      .filter((dataset) => !(dataset.id in SHOWN_SIDE_BY_SIDE))
      .flatMap((dataset) =>
        [...reportsNamedBy(dataset)]
          .filter((key) => key !== dataset.source && key !== dataset.via)
          .map((key) => `${dataset.id}: draws on ${key}, but its source is ${dataset.source}${dataset.via ? ` via ${dataset.via}` : ''}`),
      );
    expect(problems).toEqual([]);
  });

  it('the datasets allowed to show two reports side by side still exist and still do', () => {
    for (const id of Object.keys(SHOWN_SIDE_BY_SIDE)) expect(reportsNamedBy(registry.datasets.get(id)!).size, id).toBeGreaterThan(1);
  });
});

/** Text as compared: one space, straight quotes, no Markdown emphasis or escapes, lower case. */
const plain = (text: string) =>
  text
    .replace(/\\([$*_[\]])/g, '$1')
    .replace(/[*_]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

describe.runIf(fs.existsSync(SOURCES_DIR))('dataset text against the report texts', () => {
  const files = report.sourceTexts?.files ?? {};
  const textOf = (key: string | undefined) => plain((files[key ?? ''] ?? []).map((file) => fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8')).join('\n'));

  it('every "as written in the report" cell is the wording of its report', () => {
    const problems = datasets
      .filter((dataset) => 'as_published' in dataset.row.shape)
      .flatMap((dataset) =>
        rowsOf(dataset.id).flatMap((row, index) => {
          const key = reportKeyOf(row.reported_in) ?? [dataset.via, dataset.source].find((candidate) => candidate !== undefined && candidate in files);
          // A cell may hold the words in quotation marks: "220 total victims".
          const written = plain(String(row.as_published)).replace(/^"(.*)"$/, '$1');
          return textOf(key).includes(written) ? [] : [`${dataset.file}:${index + 2}: "${String(row.as_published)}" is not in the text of ${key}`];
        }),
      );
    expect(problems).toEqual([]);
  });

  it('a count of works by an author in a report\'s reference list, stated in the notes, is right', () => {
    const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
    const problems = datasets.flatMap((dataset) =>
      dataset.notes.flatMap((note) =>
        [...note.matchAll(/\b(one|two|three|four|five) works? by ([A-Z][a-z]+)/g)].flatMap(([said, number, author]) => {
          const key = [dataset.via, dataset.source].find((candidate) => candidate !== undefined && candidate in files);
          const text = (files[key ?? ''] ?? []).map((file) => fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8')).join('\n');
          const references = text.slice(Math.max(text.lastIndexOf('\nReferences'), text.lastIndexOf('\nSources')));
          const count = references.split('\n').filter((line) => line.startsWith('- ') && line.includes(author!)).length;
          return count === NUMBERS[number!] ? [] : [`${dataset.id}: the notes say "${said}", the references of ${key} list ${count}`];
        }),
      ),
    );
    expect(problems).toEqual([]);
  });
});
