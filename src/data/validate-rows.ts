/**
 * Checks a parsed CSV against its dataset's row schema and returns typed rows.
 * Every problem in the file is reported at once, each naming the file, the
 * line and the column.
 */
import type { Dataset, RowOf } from '../schemas/dataset.ts';
import { ReportInputError } from './errors.ts';
import type { ParsedCsv } from './parse-csv.ts';
import { spreadsheetFormula } from '../schemas/cells.ts';

export function validateRows<D extends Dataset>(dataset: D, csv: ParsedCsv, file: string): RowOf<D>[] {
  const expected = Object.keys(dataset.row.shape);
  const headerProblems = checkHeader(csv.header, expected, file);
  if (headerProblems.length > 0) throw new ReportInputError(`${file} does not match dataset "${dataset.id}"`, headerProblems);

  const rows: RowOf<D>[] = [];
  const problems: string[] = [];
  for (const { line, cells } of csv.records) {
    const record = Object.fromEntries(csv.header.map((name, index) => [name, cells[index] ?? '']));
    // A formula is named as such, not as whatever else the column's type says of it.
    const formulas = csv.header.flatMap((name) => {
      const why = spreadsheetFormula(record[name] ?? '');
      return why ? [{ name, why }] : [];
    });
    for (const { name, why } of formulas) problems.push(`${file}:${line}, column "${name}": ${why}`);
    const result = dataset.row.safeParse(record);
    if (result.success) {
      rows.push(result.data as RowOf<D>);
      continue;
    }
    for (const issue of result.error.issues) {
      const column = issue.path[0];
      if (formulas.some(({ name }) => name === column)) continue;
      problems.push(`${file}:${line}, column "${String(column)}": ${issue.message}`);
    }
  }
  if (problems.length > 0) throw new ReportInputError(`${file} has ${problems.length} bad cell(s)`, problems);
  return rows;
}

function checkHeader(header: string[], expected: string[], file: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push(`${file}:1, column "${name}": the column appears twice in the header`);
    seen.add(name);
  }
  for (const name of expected) {
    if (!seen.has(name)) {
      const near = header.find((candidate) => candidate.toLowerCase().replace(/[^a-z0-9]/g, '') === name.toLowerCase().replace(/[^a-z0-9]/g, ''));
      problems.push(`${file}:1, column "${name}": missing from the header${near ? ` (found "${near}"; rename it to "${name}")` : ''}; expected columns: ${expected.join(', ')}`);
    }
  }
  for (const name of header) {
    if (!expected.includes(name)) {
      problems.push(`${file}:1, column "${name}": not a column of this dataset; expected columns: ${expected.join(', ')}`);
    }
  }
  return problems;
}
