/**
 * A dataset's Frictionless Table Schema (v2), built from its row schema: the
 * same rules the build reads the CSV with, written for other tools. A column
 * type that is not one of `cell`'s is published as "any", with no rules.
 */
import { columnKind, NO_DATA_MARKERS, type ColumnKind } from '../schemas/cells.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { DatasetText } from './dataset-text.ts';

export interface TableSchemaField {
  name: string;
  type: 'number' | 'integer' | 'year' | 'string' | 'any';
  title: string;
  /** The dataset's unit, on its measured (number) columns. */
  unit?: string;
  /** Cells that mean "no data" in this column (v2 field-level missingValues). */
  missingValues: string[];
  constraints?: { required?: boolean; minimum?: number; maximum?: number; enum?: string[]; pattern?: string };
}

export interface TableSchema {
  fields: TableSchemaField[];
}

// A date as precise as the source gives it: a year, a month or a day (the pattern is matched whole).
const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

function fieldRules(kind: ColumnKind | undefined, unit: string): Omit<TableSchemaField, 'name' | 'title'> {
  switch (kind?.kind) {
    case 'number': {
      const { integer, min, max } = kind.options;
      return {
        type: integer ? 'integer' : 'number',
        unit,
        missingValues: [...NO_DATA_MARKERS],
        constraints: { required: !kind.nullable, ...(min !== undefined ? { minimum: min } : {}), ...(max !== undefined ? { maximum: max } : {}) },
      };
    }
    case 'year':
      return { type: 'year', missingValues: [...NO_DATA_MARKERS], constraints: { required: true, minimum: 1900, maximum: 2100 } };
    // cell.text() reads "-" as the text "-": only an empty cell is missing, and refused.
    case 'text':
      return kind.nullable ? { type: 'string', missingValues: [...NO_DATA_MARKERS] } : { type: 'string', missingValues: [''], constraints: { required: true } };
    case 'oneOf':
      return { type: 'string', missingValues: [], constraints: { required: true, enum: [...kind.values] } };
    // "2007", "2007-03" or "2007-03-19" in one column is no single Table Schema date type.
    case 'partialDate':
      return { type: 'string', missingValues: [], constraints: { required: true, pattern: PARTIAL_DATE_PATTERN } };
    default:
      return { type: 'any', missingValues: [] };
  }
}

/** The Table Schema of `dataset`, with column titles and unit in the words of `text`. */
export function tableSchema(dataset: Dataset, text: DatasetText): TableSchema {
  return {
    fields: Object.entries(dataset.row.shape).map(([name, schema]) => ({ name, title: text.columns[name] ?? name, ...fieldRules(columnKind(schema), text.unit) })),
  };
}
