import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { labelWidth, textWidth, wrapText } from '../../src/charts/text-width.ts';
import { AROUND_A_DOT, avoidingOverlap, boxAt, FURTHER_FROM_A_DOT, placeLabels } from '../../src/charts/value-labels.ts';
import { categoryAxis } from '../../src/charts/category-axis.ts';
import { thinTickLabels } from '../../src/figures/thin-tick-labels.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe('text widths', () => {
  it('count digits wider than spaces and grow with the font size', () => {
    expect(textWidth('1,000,000')).toBeGreaterThan(textWidth('1 0 0'));
    expect(textWidth('Persons', 26)).toBeCloseTo(2 * textWidth('Persons', 13));
    expect(textWidth('Bold', 13, true)).toBeGreaterThan(textWidth('Bold'));
  });

  it('wrap at spaces only, each line within the room', () => {
    const lines = wrapText('Human traffickers (according to Art. 144-1)', 120);
    expect(lines.join(' ')).toBe('Human traffickers (according to Art. 144-1)');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(120);
    expect(lines.some((line) => line.endsWith('144-'))).toBe(false);
    expect(labelWidth(lines.join('\n'))).toBe(Math.max(...lines.map((line) => textWidth(line))));
  });

  it('give the category axis room for its widest wrapped line, within 42 % of the chart', () => {
    const axis = categoryAxis(['Meskhetian Turks deported from Central Asia', 'Victims'], 360);
    expect(axis.marginLeft).toBeLessThanOrEqual(360 * 0.42);
    expect(axis.lines).toBe(3);
    expect(categoryAxis(['Victims'], 360).lines).toBe(1);
  });
});

describe('value labels that move rather than collide', () => {
  const frame = { width: 300, height: 100 };
  const label = (x: number, y = 50) => ({ x, y, width: 30, height: 15 });

  it('keep the first place when there is room', () => {
    expect(placeLabels([label(50), label(200)], AROUND_A_DOT, frame)).toEqual([0, 0]);
  });

  it('move the second of two close labels below its point', () => {
    expect(placeLabels([label(100), label(115)], AROUND_A_DOT, frame)).toEqual([0, 1]);
  });

  it('keep off a left margin they are given, where the category labels are, by starting at the point instead', () => {
    expect(placeLabels([label(110)], AROUND_A_DOT, { ...frame, left: 100 })).toEqual([3]);
    expect(placeLabels([label(110)], AROUND_A_DOT, frame)).toEqual([0]);
  });

  it('take a line further out when both near places are taken, where the candidates offer one', () => {
    const three = [label(100), label(104), label(108)];
    expect(placeLabels(three, AROUND_A_DOT, { width: 300, height: 140 })).toContain(null);
    expect(placeLabels(three.map((one) => ({ ...one, y: 70 })), FURTHER_FROM_A_DOT, { width: 300, height: 140 })).not.toContain(null);
  });

  it('never place two boxes on each other or outside the chart, and leave out what has no room', () => {
    const crowd = [label(100), label(104), label(108), label(112), label(116), label(120), label(124), label(290, 5)];
    const choices = placeLabels(crowd, AROUND_A_DOT, frame);
    const boxes = choices.flatMap((choice, index) => (choice === null ? [] : [boxAt(crowd[index]!, AROUND_A_DOT[choice]!)]));
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(frame.width);
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    }
    expect(choices).toContain(null);
  });

  it('move the labels of a drawn Plot chart', () => {
    const svg = Plot.plot({
      document: document as unknown as Document,
      width: 300,
      height: 100,
      x: { domain: [0, 100] },
      marks: [Plot.text([{ x: 50, y: 1, t: '4,367' }, { x: 53, y: 1, t: '5,000' }], { x: 'x', y: 'y', text: 't', render: avoidingOverlap() })],
    });
    const texts = [...svg.querySelectorAll('text')].filter((text) => /^\d,\d{3}$/.test(text.textContent ?? ''));
    const ys = texts.map((text) => Number(/translate\([^,]+,(-?[\d.]+)\)/.exec(text.getAttribute('transform') ?? '')?.[1]));
    expect(texts).toHaveLength(2);
    expect(Math.abs(ys[0]! - ys[1]!)).toBeGreaterThanOrEqual(15);
  });
});

describe('tick labels follow the room', () => {
  const axis = (width: number) => {
    const svg = Plot.plot({ document: document as unknown as Document, width, height: 60, x: { domain: [0, 1_000_000] }, marks: [Plot.ruleX([0])] });
    thinTickLabels(svg, width);
    return [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')];
  };

  it('keeps every label on a wide chart and drops some on a narrow one, never letting two touch', () => {
    const wide = axis(1200);
    const narrow = axis(300);
    expect(wide.length).toBeGreaterThan(narrow.length);
    const xs = narrow.map((text) => Number(/translate\((-?[\d.]+)/.exec(text.getAttribute('transform') ?? '')?.[1]));
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan((textWidth(narrow[i]!.textContent ?? '') + textWidth(narrow[i - 1]!.textContent ?? '')) / 2);
  });

  it('keeps upright (rotated) labels that stand side by side in narrow columns', () => {
    const names = Array.from({ length: 14 }, (_, index) => `Institution ${index + 1}`);
    const svg = Plot.plot({ document: document as unknown as Document, width: 330, height: 200, marginTop: 100, x: { type: 'band', domain: names, axis: 'top', tickRotate: -90 }, marks: [Plot.cell(names, { x: (name) => name })] });
    thinTickLabels(svg, 330);
    expect(svg.querySelectorAll('g[aria-label="x-axis tick label"] text')).toHaveLength(14);
  });
});
