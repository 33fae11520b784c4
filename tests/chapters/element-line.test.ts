import { describe, expect, it } from 'vitest';
import { elementLine } from '../../src/chapters/element-line.ts';

const source = ['# Cover', '', '<KeyFigures>', '  <KeyFigure figure="a" row="year=2010" />', '  <KeyFigure figure="a" row="year=2011" context="x" />', '</KeyFigures>'].join('\n');

describe('elementLine', () => {
  it('finds the line of the component written with these attributes', () => {
    expect(elementLine(source, 'KeyFigure', { figure: 'a', row: 'year=2011', context: 'x' })).toBe(5);
    expect(elementLine(source, 'KeyFigure', { figure: 'a', row: 'year=2010' })).toBe(4);
  });

  it('finds nothing for attributes no component has, and ignores other names', () => {
    expect(elementLine(source, 'KeyFigure', { figure: 'b' })).toBeUndefined();
    expect(elementLine(source, 'KeyFigures', {})).toBe(3);
  });
});
