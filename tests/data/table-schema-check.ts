/**
 * A CSV checked against a Frictionless Table Schema (v2) with the standard's
 * own rules (https://datapackage.org/standard/table-schema/), written apart
 * from the build's cell types so that the published schema is tested, not
 * the code it was made from. Covers the parts our schemas use: exact header,
 * field missingValues, the number, integer, year, string and any types, and
 * the required, minimum, maximum, enum and pattern constraints.
 */
import { parse } from 'csv-parse/sync';
import type { TableSchema } from '../../src/data/table-schema.ts';

// Lexical forms of the standard's types (number with its default bareNumber and decimal ".").
const LEXICAL: Record<string, RegExp> = {
  number: /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF)$/,
  integer: /^[+-]?\d+$/,
  year: /^-?\d{4}$/,
};

export function tableSchemaProblems(csvText: string, schema: TableSchema): string[] {
  const [header = [], ...records] = parse(csvText, { relax_column_count: true }) as string[][];
  const names = schema.fields.map((field) => field.name);
  if (header.join(',') !== names.join(',')) return [`header ${header.join(',')} is not the fields ${names.join(',')}`];
  const problems: string[] = [];
  records.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== names.length) problems.push(`row ${row}: ${cells.length} cells for ${names.length} fields`);
    schema.fields.forEach((field, column) => {
      const cell = cells[column] ?? '';
      const where = `row ${row}, field "${field.name}"`;
      const { required, minimum, maximum, enum: values, pattern } = field.constraints ?? {};
      if (field.missingValues.includes(cell)) {
        if (required) problems.push(`${where}: "${cell}" is missing, and the field is required`);
        return;
      }
      const lexical = LEXICAL[field.type];
      if (lexical && !lexical.test(cell)) problems.push(`${where}: "${cell}" is not of type ${field.type}`);
      const value = lexical ? Number(cell) : undefined;
      if (value !== undefined && minimum !== undefined && value < minimum) problems.push(`${where}: ${cell} is below the minimum ${minimum}`);
      if (value !== undefined && maximum !== undefined && value > maximum) problems.push(`${where}: ${cell} is above the maximum ${maximum}`);
      if (values && !values.includes(cell)) problems.push(`${where}: "${cell}" is not in the enum`);
      if (pattern && !new RegExp(`^(?:${pattern})$`, 'u').test(cell)) problems.push(`${where}: "${cell}" does not match the pattern ${pattern}`);
    });
  });
  return problems;
}
