/**
 * Finds SVG text labels of the figures on a page that lie on each other or stick out of
 * their SVG, from their on-screen boxes. `collisionsInPage` runs inside the page
 * (Playwright's page.evaluate), so it uses only the DOM and its own arguments.
 */
export interface LabelProblem {
  figure: string;
  kind: 'overlap' | 'clipped';
  labels: string[];
}

/** Overlaps under this share of the smaller box are a sliver, not a collision. */
export const OVERLAP_SHARE = 0.15;
/** Half a pixel of rounding at an SVG edge is not a cut label. */
export const EDGE_TOLERANCE = 0.5;

export function collisionsInPage([share, tolerance]: [number, number]): LabelProblem[] {
  const problems: LabelProblem[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.report-figure svg')) {
    const frame = svg.getBoundingClientRect();
    if (frame.width === 0 || frame.height === 0) continue; // the variant for the other screen size
    const figure = svg.closest('figure')?.id ?? '?';
    const labels = [...svg.querySelectorAll('text')]
      .filter((text) => text.textContent?.trim() && text.getBoundingClientRect().width > 0)
      .map((text) => ({ name: text.textContent?.trim() ?? '', box: text.getBoundingClientRect() }));
    for (const { name, box } of labels) {
      if (box.left < frame.left - tolerance || box.right > frame.right + tolerance || box.top < frame.top - tolerance || box.bottom > frame.bottom + tolerance) {
        problems.push({ figure, kind: 'clipped', labels: [name] });
      }
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.box;
        const b = labels[j]!.box;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width <= 0 || height <= 0) continue;
        const smaller = Math.min(a.width * a.height, b.width * b.height);
        if (width * height > share * smaller) problems.push({ figure, kind: 'overlap', labels: [labels[i]!.name, labels[j]!.name] });
      }
    }
  }
  return problems;
}
