/**
 * Value labels that move rather than collide: each label tries a few places
 * around its point in turn (above, below, then shifted sideways) and takes the
 * first where it overlaps no label placed before it and stays inside the chart.
 * A label with no free place is left out; its value is still in the table.
 */
import type { RenderFunction } from '@observablehq/plot';
import { CHART_FONT_SIZE, labelWidth } from './text-width.ts';

export interface LabelCandidate {
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PointLabel {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Above the point, below it, then the same with the label's end or start at the point. */
export const AROUND_A_DOT: readonly LabelCandidate[] = [
  { dx: 0, dy: -13, anchor: 'middle' },
  { dx: 0, dy: 15, anchor: 'middle' },
  { dx: 4, dy: -13, anchor: 'end' },
  { dx: -4, dy: -13, anchor: 'start' },
  { dx: 4, dy: 15, anchor: 'end' },
  { dx: -4, dy: 15, anchor: 'start' },
];

/** Around a dot in a taller row: the places around it, then two lines further above or below (dated labels such as "15,000" over "(November 2007)"). */
export const FURTHER_FROM_A_DOT: readonly LabelCandidate[] = [
  ...AROUND_A_DOT,
  ...AROUND_A_DOT.map((candidate) => ({ ...candidate, dy: candidate.dy < 0 ? candidate.dy - 32 : candidate.dy + 32 })),
];

/** A label's height for one line. */
const ONE_LINE = CHART_FONT_SIZE * 1.2;

/** Where the middle of a label goes for a candidate: a label of several lines moves further out, so its nearest line keeps the candidate's distance. */
export function middleAt(label: PointLabel, candidate: LabelCandidate): number {
  return label.y + candidate.dy + Math.sign(candidate.dy) * Math.max(0, label.height - ONE_LINE) / 2;
}

export function boxAt(label: PointLabel, candidate: LabelCandidate): LabelBox {
  const x = label.x + candidate.dx;
  const left = candidate.anchor === 'start' ? x : candidate.anchor === 'end' ? x - label.width : x - label.width / 2;
  const middle = middleAt(label, candidate);
  return { left, right: left + label.width, top: middle - label.height / 2, bottom: middle + label.height / 2 };
}

const overlaps = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (box: LabelBox, frame: LabelFrame) => box.left >= (frame.left ?? 0) && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height;

/** Where labels may go: the chart, from `left` (0 unless given) to its width. */
export interface LabelFrame {
  width: number;
  height: number;
  left?: number;
}

/** For each label, in order, the index of the candidate it takes, or null when none is free. */
export function placeLabels(labels: readonly PointLabel[], candidates: readonly LabelCandidate[], frame: LabelFrame): (number | null)[] {
  const placed: LabelBox[] = [];
  return labels.map((label) => {
    const choice = candidates.findIndex((candidate) => {
      const box = boxAt(label, candidate);
      return inside(box, frame) && !placed.some((other) => overlaps(box, other));
    });
    if (choice < 0) return null;
    placed.push(boxAt(label, candidates[choice] as LabelCandidate));
    return choice;
  });
}

/**
 * A Plot `render` option for a text mark with x and y (and no dx, dy or
 * textAnchor of its own): it draws the labels, then moves each to its place.
 */
export function avoidingOverlap(candidates: readonly LabelCandidate[] = AROUND_A_DOT, { keepOffMargin = false } = {}): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next?.(index, scales, values, dimensions, context);
    if (!g) return null;
    const X = values.x as ArrayLike<number> | undefined;
    const Y = values.y as ArrayLike<number> | undefined;
    if (!X || !Y) throw new Error('avoidingOverlap needs a text mark with x and y');
    const T = values.text as ArrayLike<unknown> | undefined;
    const texts = [...g.querySelectorAll('text')];
    // A label of several lines ("25,000" over "(beginning of 2008)") is as wide as its widest line.
    const labelOf = (i: number, k: number) => (T?.[i] !== undefined ? String(T[i]) : (texts[k]?.textContent ?? ''));
    const points = [...index].map((i, k) => ({ x: X[i] ?? 0, y: Y[i] ?? 0, width: labelWidth(labelOf(i, k)), height: ONE_LINE * labelOf(i, k).split('\n').length }));
    // Off the left margin, where a horizontal chart writes its category labels.
    const area = keepOffMargin ? { left: dimensions.marginLeft, width: dimensions.width, height: dimensions.height } : dimensions;
    placeLabels(points, candidates, area).forEach((choice, k) => {
      const text = texts[k];
      const point = points[k];
      if (!text || !point) return;
      if (choice === null) return text.remove();
      const { dx, anchor } = candidates[choice] as LabelCandidate;
      text.setAttribute('transform', `translate(${point.x + dx},${middleAt(point, candidates[choice] as LabelCandidate)})`);
      text.setAttribute('text-anchor', anchor);
    });
    return g;
  };
}
