/**
 * The shapes a map draws for a set of countries, each border once: land as
 * merged areas and borders as meshes, each split in two so the countries on a
 * route can be drawn stronger. A border shared by two countries is one line
 * here, where drawing each country as its own polygon would draw it twice.
 */
import { merge, mesh } from 'topojson-client';
import type { MultiLineString, MultiPolygon } from 'geojson';
import type { GeometryObject, Polygon, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import { topology, type Country } from './countries.ts';

export interface CountryShapes {
  /** The land of the background countries (not highlighted). */
  land: MultiPolygon;
  /** The land of the highlighted countries. */
  highlighted: MultiPolygon;
  /** Borders and coasts touching no highlighted country. */
  borders: MultiLineString;
  /** Borders and coasts of the highlighted countries. */
  highlightedBorders: MultiLineString;
}

type CountryObject = GeometryObject<{ name?: string }>;

// A figure is drawn at two widths, one after the other, from the same countries:
// the last shapes are kept, so each figure merges its shapes once (and a site
// of many maps keeps no more than one).
let last: { key: string; shapes: CountryShapes } | undefined;

export function countryShapes(background: readonly Country[], highlighted: readonly Country[]): CountryShapes {
  const key = JSON.stringify([background.map((country) => country.properties.name), highlighted.map((country) => country.properties.name)]);
  if (last?.key !== key) last = { key, shapes: mergeShapes(background, highlighted) };
  return last.shapes;
}

function mergeShapes(background: readonly Country[], highlighted: readonly Country[]): CountryShapes {
  const names = new Set(highlighted.map((country) => country.properties.name));
  const all = [...new Set([...background, ...highlighted])].map(objectOf);
  const isHighlighted = (object: GeometryObject) => names.has(nameOf(object));
  const areas = (objects: CountryObject[]) => merge(topology, objects as (Polygon | TopoMultiPolygon)[]);
  const collection = { type: 'GeometryCollection' as const, geometries: all };
  return {
    land: areas(all.filter((object) => !isHighlighted(object))),
    highlighted: areas(all.filter(isHighlighted)),
    borders: mesh(topology, collection, (a, b) => !isHighlighted(a) && !isHighlighted(b)),
    highlightedBorders: mesh(topology, collection, (a, b) => isHighlighted(a) || isHighlighted(b)),
  };
}

const nameOf = (object: GeometryObject) => (object.properties as { name?: string } | undefined)?.name ?? '';
const byName = new Map(topology.objects.countries.geometries.map((object) => [nameOf(object), object]));

function objectOf(country: Country): CountryObject {
  const object = byName.get(country.properties.name);
  if (!object) throw new Error(`The world map has no shape named "${country.properties.name}"`);
  return object;
}
