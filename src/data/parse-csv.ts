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
  const separator = wrongSeparator(header, text, file);
  if (separator) throw new ReportInputError(`Cannot read ${file}`, [separator]);
  const records = rest.map(({ record, info }) => ({ line: startLine(info), cells: record }));
  const ragged = records
    .filter((record) => record.cells.length !== header.length)
    .map(
      ({ line, cells }) =>
        `${file}:${line}: this row has ${cells.length} cells but the header has ${header.length} (${header.join(', ')}); every row needs one cell per column${decimalCommaHint(cells, header)}`,
    );
  if (ragged.length > 0) throw new ReportInputError(`Cannot read ${file}`, ragged);
  return { header, records };
}

const SEPARATORS = [
  { character: ';', name: '";" (semicolon)', habit: 'as spreadsheets in comma-decimal locales save CSV' },
  { character: '\t', name: 'tabs', habit: 'as a "tab-separated" export or a copy from a spreadsheet gives' },
];

// A header read as a single column that holds ";" or a tab was saved with another separator.
function wrongSeparator(header: string[], text: string, file: string): string | undefined {
  if (header.length !== 1) return undefined;
  const found = SEPARATORS.find(({ character }) => (header[0] as string).includes(character));
  if (!found) return undefined;
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] as string;
  const column = firstLine.indexOf(found.character) + 1;
  const columns = (header[0] as string).split(found.character).map((name) => name.trim());
  const decimalComma = /\d,\d/.test(text) ? ', and write decimals with a point (38.2, not 38,2)' : '';
  return `${file}:1:${column}: the columns are separated by ${found.name}, ${found.habit}; this project reads comma-separated files with a decimal point: save or export the file as CSV with "," as the separator${decimalComma}, so the header reads "${columns.join(',')}"`;
}

// An unquoted decimal comma (38,2) splits one number into two cells.
function decimalCommaHint(cells: string[], header: string[]): string {
  if (cells.length <= header.length) return '';
  const index = cells.findIndex((cell, at) => at + 1 < cells.length && /^-?\d+$/.test(cell.trim()) && /^\d+$/.test((cells[at + 1] as string).trim()));
  if (index < 0) return '';
  const whole = (cells[index] as string).trim();
  const part = (cells[index + 1] as string).trim();
  const column = header[index] === undefined ? '' : ` in column "${header[index]}"`;
  return part.length === 3
    ? `; "${whole},${part}"${column} looks like a number with a thousands separator: write it with no separator, "${whole}${part}"`
    : `; "${whole},${part}"${column} looks like a number with a decimal comma: write it with a decimal point, "${whole}.${part}"`;
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
