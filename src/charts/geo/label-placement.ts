/**
 * Where each place-name goes on a map, so that no name lies on another name or
 * on another place's dot, and none leaves the frame. A greedy placement over
 * candidate positions (the classic point-feature labelling approach of Imhof and
 * Christensen et al.): the most crowded places choose first, each takes the
 * first free position in order of preference, close positions before far ones.
 * A name set away from its dot gets a leader line back to it. Points along the
 * map's lines (`lines`) are kept clear where a free position allows, so that a
 * name does not sit on an arrow.
 */

export interface LabelRequest {
  name: string;
  /** The place's dot, in pixels. */
  x: number;
  y: number;
  /** The name's box size, in pixels. */
  width: number;
  height: number;
}

export interface PlacedName {
  name: string;
  /** Centre of the name's box, in pixels. */
  x: number;
  y: number;
  /** The place's dot. */
  dotX: number;
  dotY: number;
  /** True when the name sits far enough from its dot to need a leader line. */
  leader: boolean;
}

export interface Frame {
  width: number;
  height: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Distances between a dot and the nearest edge of its name, nearest first. */
const RINGS = [5, 14, 26, 40, 56, 76];
/** Names farther than this from their dot get a leader line. */
const LEADER_FROM = 14;
/** Radius kept clear around every dot. */
const DOT_RADIUS = 4;
/** Empty room kept between two names. */
const PADDING = 1.5;
/** A name moves at most this far from its dot to keep off a line: farther, a long leader line reads worse than a crossed arrow. */
const LINE_FREE_WITHIN = 26;
/** Places within this distance count as neighbours when deciding who chooses first. */
const CROWD_RADIUS = 80;

// Directions in order of preference: above, below, right, left, the diagonals,
// then above and below slid sideways by a third of the name (third number).
const DIRECTIONS: readonly [number, number, number][] = [
  [0, -1, 0],
  [0, 1, 0],
  [1, 0, 0],
  [-1, 0, 0],
  [1, -1, 0],
  [-1, -1, 0],
  [1, 1, 0],
  [-1, 1, 0],
  [0, -1, 1 / 3],
  [0, -1, -1 / 3],
  [0, 1, 1 / 3],
  [0, 1, -1 / 3],
];

export function placeNames(requests: readonly LabelRequest[], frame: Frame, lines: readonly { x: number; y: number }[] = []): PlacedName[] {
  const dots = requests.map(({ x, y }) => ({ left: x - DOT_RADIUS, top: y - DOT_RADIUS, right: x + DOT_RADIUS, bottom: y + DOT_RADIUS }));
  const crowd = (request: LabelRequest) => requests.filter((other) => other !== request && Math.hypot(other.x - request.x, other.y - request.y) < CROWD_RADIUS).length;
  const order = [...requests.keys()].sort(
    (a, b) => crowd(requests[b]!) - crowd(requests[a]!) || (requests[a]!.name < requests[b]!.name ? -1 : 1),
  );
  const placed: Box[] = [];
  const result = new Array<PlacedName>(requests.length);
  for (const index of order) {
    const request = requests[index]!;
    const candidates = candidatesFor(request, frame);
    const clash = (box: Box) => placed.some((other) => overlaps(box, other, PADDING)) || dots.some((dot, at) => at !== index && overlaps(box, dot, 0));
    // A name without a leader line must lie nearer its own dot than any other, or a
    // reader pairs it with the wrong place.
    const misleading = (box: Box, gap: number) =>
      gap <= LEADER_FROM && requests.some((other, at) => at !== index && distanceToBox(other.x, other.y, box) <= distanceToBox(request.x, request.y, box) + 2);
    // Off a line, a name may need a leader, but must still lie nearer its own dot than any other.
    const onLine = (box: Box) => lines.some((point) => point.x > box.left && point.x < box.right && point.y > box.top && point.y < box.bottom);
    // Where no position is free, the one that covers least of the other names.
    const chosen =
      candidates.find((candidate) => candidate.gap <= LINE_FREE_WITHIN && !clash(candidate.box) && !misleading(candidate.box, 0) && !onLine(candidate.box)) ??
      candidates.find((candidate) => !clash(candidate.box) && !misleading(candidate.box, candidate.gap)) ??
      candidates.find((candidate) => !clash(candidate.box)) ??
      minBy(candidates, (candidate) => placed.reduce((sum, other) => sum + overlapArea(candidate.box, other), 0));
    placed.push(chosen.box);
    result[index] = {
      name: request.name,
      x: (chosen.box.left + chosen.box.right) / 2,
      y: (chosen.box.top + chosen.box.bottom) / 2,
      dotX: request.x,
      dotY: request.y,
      leader: chosen.gap > LEADER_FROM,
    };
  }
  return result;
}

// Every position in every ring that keeps the whole name inside the frame; if
// none does (a name wider than the frame), the nearest one moved inside.
function candidatesFor(request: LabelRequest, frame: Frame) {
  const { x, y, width, height } = request;
  const all = RINGS.flatMap((gap) =>
    DIRECTIONS.map(([dx, dy, slide]) => {
      const centreX = x + dx * (gap + width / 2) + slide * width;
      const centreY = y + dy * (gap + height / 2);
      return { gap, box: { left: centreX - width / 2, top: centreY - height / 2, right: centreX + width / 2, bottom: centreY + height / 2 } };
    }),
  );
  const inside = all.filter(({ box }) => box.left >= 0 && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height);
  if (inside.length > 0) return inside;
  const first = all[0]!;
  const left = Math.min(Math.max(first.box.left, 0), Math.max(0, frame.width - width));
  const top = Math.min(Math.max(first.box.top, 0), Math.max(0, frame.height - height));
  return [{ gap: first.gap, box: { left, top, right: left + width, bottom: top + height } }];
}

function overlaps(a: Box, b: Box, padding: number): boolean {
  return a.left < b.right + padding && b.left < a.right + padding && a.top < b.bottom + padding && b.top < a.bottom + padding;
}

function distanceToBox(x: number, y: number, box: Box): number {
  return Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function minBy<T>(items: readonly T[], cost: (item: T) => number): T {
  let best = items[0] as T;
  let bestCost = cost(best);
  for (const item of items.slice(1)) {
    const itemCost = cost(item);
    if (itemCost < bestCost) {
      best = item;
      bestCost = itemCost;
    }
  }
  return best;
}
