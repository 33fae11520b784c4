/** Cell schemas turn CSV text into typed values, or say what was expected. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as cell from '../../src/schemas/cells.ts';

const messageOf = (schema: z.ZodType<unknown, string>, text: string) => {
  const result = schema.safeParse(text);
  return result.success ? undefined : result.error.issues[0]?.message;
};

describe('cells', () => {
  it('reads "-", "–" and empty cells as null, never 0', () => {
    const schema = cell.numberOrNull();
    expect(['-', '–', '', ' '].map((text) => schema.parse(text))).toEqual([null, null, null, null]);
    expect(schema.parse('0')).toBe(0);
  });

  it('reads negative and decimal numbers', () => {
    expect(cell.number().parse('-53.6')).toBe(-53.6);
    expect(cell.number().parse('1287')).toBe(1287);
  });

  it('refuses an empty cell where a number is required', () => {
    expect(messageOf(cell.number(), '-')).toBe('expected a number; this column may not be empty, got "-"');
  });

  it('checks bounds and whole numbers', () => {
    expect(messageOf(cell.number({ min: 0, max: 100 }), '101')).toBe('expected a number from 0 to 100, got "101"');
    expect(messageOf(cell.year(), '2010.5')).toBe('expected a whole number from 1900 to 2100, got "2010.5"');
  });

  it('keeps partial dates only as precise as written', () => {
    expect(cell.partialDate().parse('2007')).toBe('2007');
    expect(cell.partialDate().parse('2007-03-19')).toBe('2007-03-19');
    expect(messageOf(cell.partialDate(), '19.03.2007')).toBe('expected a date written 2007, 2007-03 or 2007-03-19, got "19.03.2007"');
    expect(messageOf(cell.partialDate(), '2007-13')).toBeDefined();
  });

  it('knows which columns hold numbers and years', () => {
    expect(cell.isNumericColumn(cell.year())).toBe(true);
    expect(cell.isYearColumn(cell.year())).toBe(true);
    expect(cell.isNumericColumn(cell.numberOrNull())).toBe(true);
    expect(cell.isYearColumn(cell.number())).toBe(false);
    expect(cell.isNumericColumn(cell.text())).toBe(false);
  });
});

describe('column type options', () => {
  it('stops at a misspelt option, naming the entry line that wrote it and the options there are', () => {
    // The misspelling is what a dev server or build (which strip types) would otherwise drop silently.
    const write = () => cell.number({ minimum: 0 } as never);
    const line = new Error().stack!.split('\n')[1]!.match(/:(\d+):\d+\)?$/)![1];
    let message = '';
    try {
      write();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`tests/schemas/cells\\.test\\.ts:${Number(line) - 1}:\\d+: cell\\.number\\(\\): unknown option "minimum"; options: min, max, integer$`));
    expect(() => cell.numberOrNull({ max: 'ten' } as never)).toThrow('cell.numberOrNull(): "max": expected a number');
    expect(() => cell.number({ min: 0, max: 10, integer: true })).not.toThrow();
  });
});
