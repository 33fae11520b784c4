import { describe, expect, it } from 'vitest';
import { placeNames, type LabelRequest, type PlacedName } from '../../src/charts/geo/label-placement.ts';

const boxOf = (name: PlacedName, request: LabelRequest) => ({
  left: name.x - request.width / 2,
  right: name.x + request.width / 2,
  top: name.y - request.height / 2,
  bottom: name.y + request.height / 2,
});
const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('map name placement', () => {
  it('puts a lone name just above its dot', () => {
    const [name] = placeNames([{ name: 'A', x: 100, y: 100, width: 40, height: 15 }], { width: 200, height: 200 });
    expect(name).toMatchObject({ x: 100, leader: false });
    expect(name!.y).toBeLessThan(100);
  });

  it('moves a name off a line that crosses its first choice, to the nearest free position', () => {
    const request = { name: 'A', x: 100, y: 100, width: 40, height: 15 };
    // A horizontal line just above the dot, where the name would go.
    const line = Array.from({ length: 41 }, (_, index) => ({ x: 70 + index * 1.5, y: 90 }));
    const [name] = placeNames([request], { width: 200, height: 200 }, line);
    const box = boxOf(name!, request);
    expect(line.some((point) => point.x > box.left && point.x < box.right && point.y > box.top && point.y < box.bottom)).toBe(false);
    expect(name).toMatchObject({ x: 100, leader: false });
    expect(name!.y).toBeGreaterThan(100);
  });

  it('stays on a line rather than going far from its dot or nearer another dot', () => {
    const request = { name: 'A', x: 100, y: 100, width: 40, height: 15 };
    // Lines fill the whole square around the dot: no free position is near enough.
    const everywhere = Array.from({ length: 61 * 61 }, (_, index) => ({ x: 40 + (index % 61) * 2, y: 40 + Math.floor(index / 61) * 2 }));
    expect(placeNames([request], { width: 200, height: 200 }, everywhere)).toEqual(placeNames([request], { width: 200, height: 200 }));
    // Free room only to the right, 26 px out, nearer another place's dot than its own: the name keeps to its own.
    const other = { name: 'B', x: 175, y: 100, width: 10, height: 15 };
    const besideOther = everywhere.filter((point) => !(point.x > 124 && point.x < 168 && point.y > 90 && point.y < 110));
    const [name] = placeNames([request, other], { width: 200, height: 200 }, besideOther);
    expect(name).toMatchObject({ x: 100, leader: false });
    expect(name!.y).toBeLessThan(100);
  });

  it('keeps every name of a crowded cluster apart, off the other dots and inside the frame', () => {
    // Six places within 30 px of each other, as the Caucasus is on a phone-sized map.
    const requests: LabelRequest[] = [
      [150, 100],
      [165, 104],
      [140, 112],
      [172, 92],
      [158, 120],
      [180, 110],
    ].map(([x, y], index) => ({ name: `Country ${index}`, x: x!, y: y!, width: 70, height: 15 }));
    const frame = { width: 330, height: 220 };
    const names = placeNames(requests, frame);
    const boxes = names.map((name, index) => boxOf(name, requests[index]!));
    for (const [index, box] of boxes.entries()) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(frame.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(frame.height);
      for (const [other, otherBox] of boxes.entries()) if (other !== index) expect(overlap(box, otherBox), `${index} and ${other}`).toBe(false);
      for (const [other, request] of requests.entries()) {
        if (other === index) continue;
        const inside = request.x > box.left && request.x < box.right && request.y > box.top && request.y < box.bottom;
        expect(inside, `name ${index} covers dot ${other}`).toBe(false);
      }
    }
    // Names pushed away from their dots say so, so that a leader line can join them.
    expect(names.some((name) => name.leader)).toBe(true);
  });

  it('moves a name at the edge inward rather than cutting it', () => {
    const [name] = placeNames([{ name: 'France', x: 4, y: 50, width: 60, height: 15 }], { width: 300, height: 200 });
    expect(name!.x - 30).toBeGreaterThanOrEqual(0);
  });
});
