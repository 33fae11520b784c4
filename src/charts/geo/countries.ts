/**
 * Country shapes for maps, from the world-atlas package (Natural Earth,
 * 1:110m), shipped inside node_modules: nothing is fetched at build or run time.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoCentroid } from 'd3-geo';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology, GeometryCollection } from 'topojson-specification';

export type Country = Feature<Geometry, { name: string }>;

export const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

export const countries: readonly Country[] = collection.features;

const byName = new Map(countries.map((country) => [country.properties.name, country]));

export function findCountry(name: string): Country | undefined {
  return byName.get(name);
}

export const countryNames: readonly string[] = [...byName.keys()].sort();

// Where a route starts or ends in a large country: its main city rather than
// its geometric centre (Russia's centre lies in Siberia, far from where
// migrants go). Map positions only; no figure on the site is derived from them.
const ANCHORS: Readonly<Record<string, readonly [number, number]>> = {
  Russia: [37.6, 55.75],
  Kazakhstan: [71.4, 51.2],
  China: [116.4, 39.9],
  'United States of America': [-77.0, 38.9],
  Canada: [-75.7, 45.4],
  India: [77.2, 28.6],
  Norway: [10.75, 59.9],
};

// Every map asks for the anchor of every country (to pick the nearby ones); a
// centroid is costly to compute, so each is computed once.
const anchors = new Map<Country, [number, number]>();

/** The [longitude, latitude] where arrows meet a country. */
export function anchorOf(country: Country): [number, number] {
  let anchor = anchors.get(country);
  if (!anchor) {
    const fixed = ANCHORS[country.properties.name];
    anchor = fixed ? [fixed[0], fixed[1]] : (geoCentroid(country) as [number, number]);
    anchors.set(country, anchor);
  }
  return [anchor[0], anchor[1]];
}
