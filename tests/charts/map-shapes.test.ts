/**
 * What keeps maps light: every border drawn once, and map shapes at whole pixels.
 */
import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { countryShapes } from '../../src/charts/geo/country-shapes.ts';
import { findCountry, type Country } from '../../src/charts/geo/countries.ts';
import { toWholePixels } from '../../src/figures/render-svg.ts';

const countries = (...names: string[]) => names.map((name) => findCountry(name) as Country);

describe('country shapes', () => {
  const background = countries('Georgia', 'Armenia', 'Turkey', 'Russia');
  const highlighted = countries('Azerbaijan', 'Iran');
  const shapes = countryShapes(background, highlighted);
  // Each segment of a mesh as "x,y x,y" with its ends in a fixed order.
  const segments = (shape: MultiLineString) =>
    shape.coordinates.flatMap((line) => line.slice(1).map((point, index) => [String(line[index]), String(point)].sort().join(' ')));

  it('draws no border twice: no segment is in both meshes, or twice in one', () => {
    const light = segments(shapes.borders);
    const strong = segments(shapes.highlightedBorders);
    expect(light.length).toBeGreaterThan(0);
    expect(strong.length).toBeGreaterThan(0);
    expect(new Set([...light, ...strong]).size).toBe(light.length + strong.length);
  });

  it('draws the border of a highlighted country strong, and one between two others light', () => {
    const georgia = findCountry('Georgia') as Country;
    const armenia = findCountry('Armenia') as Country;
    const shared = (a: Country, b: Country) => {
      const geometry = (country: Country) => country.geometry as Polygon | MultiPolygon;
      const rings = (country: Country) => (geometry(country).type === 'Polygon' ? [(geometry(country) as Polygon).coordinates] : (geometry(country) as MultiPolygon).coordinates);
      const points = (country: Country) => new Set(rings(country).flat(2).map(String));
      const other = points(b);
      return [...points(a)].filter((point) => other.has(point));
    };
    const pointsOf = (shape: MultiLineString) => new Set(shape.coordinates.flat().map(String));
    const georgiaArmenia = shared(georgia, armenia);
    const georgiaAzerbaijan = shared(georgia, findCountry('Azerbaijan') as Country);
    expect(georgiaArmenia.length).toBeGreaterThan(1);
    expect(georgiaAzerbaijan.length).toBeGreaterThan(1);
    expect(georgiaArmenia.every((point) => pointsOf(shapes.borders).has(point))).toBe(true);
    expect(georgiaAzerbaijan.every((point) => pointsOf(shapes.highlightedBorders).has(point))).toBe(true);
  });

  it('puts the land of highlighted countries in their own area, not in the background', () => {
    const baku: [number, number] = [49.87, 40.41];
    const ankara: [number, number] = [32.85, 39.93];
    expect(geoContains(shapes.highlighted, baku)).toBe(true);
    expect(geoContains(shapes.land, baku)).toBe(false);
    expect(geoContains(shapes.land, ankara)).toBe(true);
  });
});

describe('map shapes at whole pixels', () => {
  it('rounds every coordinate and drops the points that then repeat', () => {
    expect(toWholePixels('M1.4,2.6L1.6,2.4L1.9,2.2L3.5,-0.4Z')).toBe('M1,3L2,2L4,0Z');
  });

  it('keeps a shape that starts again after a move', () => {
    expect(toWholePixels('M0,0L5.2,0L5,5ZM0.1,0.2L9,9Z')).toBe('M0,0L5,0L5,5ZM0,0L9,9Z');
  });

  it('reads a number written with an exponent as a number, not as a command', () => {
    expect(toWholePixels('M1e-7,2L3,4.6Z')).toBe('M0,2L3,5Z');
  });
});
