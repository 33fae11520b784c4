/**
 * Dated events as an ordered list, not a chart: dates are as precise as the
 * source ("2007" stays a year), and long event texts need room to wrap.
 */
import { labelAt } from '../columns.ts';
import { definePreset } from '../preset.ts';

export const timeline = definePreset({
  name: 'timeline',
  summary: 'dated events as a list: x = the date column, y = the event text, series = the kind of event',
  required: ['x', 'y'],
  optional: ['series'],
  numeric: [],
  spec(rows, { x, y, series }) {
    const items = rows.map((row) => ({
      date: labelAt(row, x),
      label: labelAt(row, y),
      ...(series ? { kind: labelAt(row, series) } : {}),
    }));
    // Sorting text dates works because they are ISO-shaped (2007, 2007-03, 2007-03-19).
    return { timeline: items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
  },
});
