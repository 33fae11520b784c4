/**
 * Values on demand, in the reader's browser: hovering, tapping or moving with
 * the arrow keys to a mark of a chart shows what it is and its value with
 * its unit, as its row of the figure's table gives them. The charts carry that text as each mark's
 * SVG <title> (Plot's title channel), so without this script nothing is lost;
 * with it, the text moves into a data attribute (no second, native tooltip)
 * and shows in one tooltip that is also a polite live region.
 * The chart stays one image to assistive technology: it gains a tab stop,
 * and its name and description are read once, on focus. Its words come with
 * the page, in the page's language (the figure's data-values-hint).
 */
import { readingOrder } from './mark-order.ts';

/** How far (px) from a small mark a pointer may be and still pick it. */
const REACH = { mouse: 12, touch: 24 } as const;
/** How close (px) a chart's text must be to a mark to count as its label (a value at a bar's end, above a dot), which the tooltip must not cover. */
const LABEL_REACH = 16;

type Box = { left: number; right: number; top: number; bottom: number };

/** The distance between two boxes (0 when they touch or overlap). */
const apart = (a: Box, b: Box) => Math.hypot(Math.max(b.left - a.right, 0, a.left - b.right), Math.max(b.top - a.bottom, 0, a.top - b.bottom));

const tip = document.createElement('div');
tip.className = 'figure-value-tip';
tip.setAttribute('role', 'status');
document.body.append(tip);

let shownIn: SVGSVGElement | undefined;

for (const svg of document.querySelectorAll<SVGSVGElement>('.figure-chart > svg')) enhance(svg);

function enhance(svg: SVGSVGElement): void {
  const marks: SVGElement[] = [];
  for (const title of svg.querySelectorAll('title')) {
    const mark = title.parentElement as unknown as SVGElement | null;
    if (!mark || mark === svg) continue;
    mark.dataset.tip = title.textContent ?? '';
    title.remove();
    marks.push(mark);
  }
  if (marks.length === 0) return;
  svg.tabIndex = 0;
  let order: SVGElement[] = [];
  let at = -1;

  const pick = (event: PointerEvent) => {
    const hit = (event.target as Element).closest<SVGElement>('[data-tip]');
    if (hit) return hit;
    const reach = event.pointerType === 'mouse' ? REACH.mouse : REACH.touch;
    let best: SVGElement | undefined;
    let bestDistance: number = reach;
    const point = { left: event.clientX, right: event.clientX, top: event.clientY, bottom: event.clientY };
    for (const mark of marks) {
      const distance = apart(mark.getBoundingClientRect(), point);
      if (distance < bestDistance) [best, bestDistance] = [mark, distance];
    }
    return best;
  };
  const onPointer = (event: PointerEvent) => {
    const mark = pick(event);
    if (mark) show(svg, mark);
    else if (event.pointerType === 'mouse') hide();
  };
  svg.addEventListener('pointermove', onPointer);
  svg.addEventListener('pointerdown', onPointer);
  svg.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse') hide();
  });
  svg.addEventListener('focus', () => {
    // Marks in the order the reader sees them, measured now that this drawing is the one shown.
    order = readingOrder(marks.map((mark) => mark.getBoundingClientRect())).map((index) => marks[index] as SVGElement);
    at = -1;
    if (svg.matches(':focus-visible')) say(svg, svg.closest<HTMLElement>('figure')?.dataset.valuesHint ?? '');
  });
  svg.addEventListener('blur', hide);
  svg.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (event.key === 'Escape') return hide();
    if (step === undefined && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const last = order.length - 1;
    at = event.key === 'Home' ? 0 : event.key === 'End' ? last : at < 0 ? (step === 1 ? 0 : last) : Math.min(last, Math.max(0, at + (step ?? 0)));
    const mark = order[at];
    if (mark) show(svg, mark);
  });
}

function show(svg: SVGSVGElement, mark: SVGElement): void {
  clearMarks();
  mark.classList.add('is-current');
  svg.classList.add('has-current');
  say(svg, mark.dataset.tip ?? '', withOwnLabel(svg, mark));
}

/** The mark's box grown to take in the chart's words beside it (its own value label among them), so the tooltip covers none. */
function withOwnLabel(svg: SVGSVGElement, mark: SVGElement): Box {
  const box = mark.getBoundingClientRect();
  const grown: Box = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
  for (const text of svg.querySelectorAll('text')) {
    const label = text.getBoundingClientRect();
    if (apart(box, label) > LABEL_REACH) continue;
    grown.left = Math.min(grown.left, label.left);
    grown.right = Math.max(grown.right, label.right);
    grown.top = Math.min(grown.top, label.top);
    grown.bottom = Math.max(grown.bottom, label.bottom);
  }
  return grown;
}

function say(svg: SVGSVGElement, text: string, box: Box = svg.getBoundingClientRect()): void {
  shownIn = svg;
  if (tip.textContent !== text) tip.textContent = text;
  tip.classList.add('is-shown');
  // Above the mark (and its label), centred, kept on screen; below when there is no room above.
  const gap = 8;
  const left = Math.min(Math.max((box.left + box.right) / 2 - tip.offsetWidth / 2, gap), document.documentElement.clientWidth - tip.offsetWidth - gap);
  const top = box.top - tip.offsetHeight - gap < 0 ? box.bottom + gap : box.top - tip.offsetHeight - gap;
  tip.style.left = `${Math.round(left + scrollX)}px`;
  tip.style.top = `${Math.round(top + scrollY)}px`;
}

function clearMarks(): void {
  if (!shownIn) return;
  shownIn.classList.remove('has-current');
  for (const mark of shownIn.querySelectorAll('.is-current')) mark.classList.remove('is-current');
}

function hide(): void {
  clearMarks();
  shownIn = undefined;
  tip.classList.remove('is-shown');
  tip.textContent = '';
}

// A tap or click outside every chart, or a new layout, puts the tooltip away.
document.addEventListener('pointerdown', (event) => {
  if (shownIn && !shownIn.contains(event.target as Node)) hide();
});
addEventListener('resize', hide);
