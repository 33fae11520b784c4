/** Estimate labels sit at their own marks (range-labels.ts). */
import { describe, expect, it } from 'vitest';
import { axisEnd, labelPlace } from '../../src/charts/range-labels.ts';

// A phone-sized plot: 200 px for 0–800,000.
const area = { left: 120, right: 320, max: 800000 };

describe('range label place', () => {
  it('is centred over a dot where it fits', () => {
    expect(labelPlace({ start: 400000, end: 400000, width: 60 }, area)).toEqual({ x: 400000, anchor: 'middle' });
  });

  it('starts at the mark when the label fits to its right', () => {
    expect(labelPlace({ start: 100000, end: 100000, width: 120 }, area)).toEqual({ x: 100000, anchor: 'start' });
    expect(labelPlace({ start: 120000, end: 140000, width: 100 }, area)).toEqual({ x: 120000, anchor: 'start' });
  });

  it('ends at the mark\'s end when it would run out of the chart', () => {
    expect(labelPlace({ start: 600000, end: 800000, width: 150 }, area)).toEqual({ x: 800000, anchor: 'end' });
  });

  it('falls back to the left edge only when the label is wider than the room either way', () => {
    expect(labelPlace({ start: 100000, end: 100000, width: 190 }, area)).toEqual({ x: null, anchor: 'start' });
  });
});

describe('axis end', () => {
  it('rounds the largest value up to a tick, as Plot would', () => {
    expect(axisEnd(800000)).toBe(800000);
    expect(axisEnd(687000)).toBe(700000);
    expect(axisEnd(0)).toBeGreaterThan(0);
  });
});
