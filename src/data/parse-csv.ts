/**
 * Reads CSV text into a header and records that remember their line number,
 * using csv-parse (RFC 4180 quoting, multi-line cells). Malformed files
 * (an unclosed quote, a row with too many or too few cells) fail here.
 */
import { parse, CsvError } from 'csv-parse/sync';
import { ReportInputError } from './errors.ts';

export interface CsvRecord {
  /** 1-based line in the file where the record starts, as a spreadsheet shows it. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
}

interface RecordWithInfo {
  record: string[];
  info: { lines: number; raw?: string };
}

export function parseCsv(text: string, file: string): ParsedCsv {
  let parsed: RecordWithInfo[];
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      // Row lengths are checked below, where the message can name the header.
      relax_column_count: true,
    }) as unknown as RecordWithInfo[];
  } catch (error) {
    if (error instanceof CsvError) throw new ReportInputError(`Cannot read ${file}`, [describeCsvError(error, file)]);
    throw error;
  }
  const [first, ...rest] = parsed;
  if (!first) throw new ReportInputError(`Cannot read ${file}`, [`${file}: the file is empty; the first line must name the columns`]);
  if (rest.length === 0) {
    throw new ReportInputError(`Cannot read ${file}`, [`${file}: the file has a header but no rows; a dataset needs at least one row below the header`]);
  }
  const header = first.record.map((name) => name.trim());
  const records = rest.map(({ record, info }) => ({ line: startLine(info), cells: record }));
  const ragged = records
    .filter((record) => record.cells.length !== header.length)
    .map(
      ({ line, cells }) =>
        `${file}:${line}: this row has ${cells.length} cells but the header has ${header.length} (${header.join(', ')}); every row needs one cell per column`,
    );
  if (ragged.length > 0) throw new ReportInputError(`Cannot read ${file}`, ragged);
  return { header, records };
}

// csv-parse counts the line where a record ends; a quoted cell may span lines.
function startLine(info: RecordWithInfo['info']): number {
  const extraLines = (info.raw?.match(/\n/g) ?? []).length;
  const endsWithNewline = info.raw?.endsWith('\n') ? 1 : 0;
  return info.lines - extraLines + endsWithNewline;
}

function describeCsvError(error: CsvError, file: string): string {
  const line = (error as CsvError & { lines?: number }).lines;
  const where = line ? `${file}:${line}` : file;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${where}: a quoted cell is never closed; add the missing " (quotes inside a cell are written "")`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return `${where}: a quote (") stands inside an unquoted cell; quote the whole cell and double the inner quotes`;
    default:
      return `${where}: ${error.message}`;
  }
}
