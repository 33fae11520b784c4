/**
 * Tick density that follows the room a chart has: on a narrow chart, labels of
 * a value axis such as "800,000" and "1,000,000" would touch, so every second
 * (or third…) label is left out until the rest stand apart. The end labels
 * are turned inwards where they would stick out of the chart.
 */
import { CHART_FONT_SIZE, textWidth } from '../charts/text-width.ts';

/** Least space between two tick labels, in pixels. */
const TICK_GAP = 8;
/** Upright labels side by side need only a sliver between them. */
const ROTATED_GAP = 1;

interface Tick {
  text: Element;
  x: number;
  width: number;
  anchor: 'start' | 'middle' | 'end';
  /** Written upwards (tickRotate): along the axis it takes a line's height. */
  rotated: boolean;
}

const span = (tick: Tick) => {
  const left = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - tick.width : tick.x - tick.width / 2;
  return [left, left + tick.width] as const;
};

/** Plot writes each tick label as <text transform="translate(x,y)">. */
function tickOf(text: Element): Tick {
  const transform = text.getAttribute('transform') ?? '';
  const x = Number(/translate\(\s*(-?[\d.]+)/.exec(transform)?.[1] ?? 0);
  const rotated = /rotate\(/.test(transform);
  return { text, x, width: rotated ? CHART_FONT_SIZE : textWidth(text.textContent ?? ''), anchor: 'middle', rotated };
}

export function thinTickLabels(svg: Element, width: number): void {
  for (const group of svg.querySelectorAll('g[aria-label="x-axis tick label"]')) {
    const ticks = [...group.querySelectorAll('text')].map(tickOf).sort((a, b) => a.x - b.x);
    const first = ticks[0];
    const last = ticks[ticks.length - 1];
    if (!first || !last) continue;
    if (!first.rotated && span(first)[0] < 0) first.anchor = 'start';
    if (!last.rotated && span(last)[1] > width) last.anchor = 'end';
    for (const tick of [first, last]) if (tick.anchor !== 'middle') tick.text.setAttribute('text-anchor', tick.anchor);
    let step = 1;
    const kept = () => ticks.filter((_, index) => index % step === 0);
    const crowded = () => kept().some((tick, index, all) => index > 0 && span(tick)[0] - span(all[index - 1] as Tick)[1] < (tick.rotated ? ROTATED_GAP : TICK_GAP));
    while (step < ticks.length && crowded()) step++;
    ticks.forEach((tick, index) => {
      if (index % step !== 0) tick.text.remove();
    });
  }
}
