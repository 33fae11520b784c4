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
