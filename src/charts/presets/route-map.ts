/**
 * Routes on a map: an arrow from each origin country to each destination,
 * coloured by kind of route, over the countries of the region. Countries on a
 * route are shaded and named, so the map reads without colour.
 */
import * as Plot from '@observablehq/plot';
import { geoAzimuthalEqualArea, geoDistance, geoPath } from 'd3-geo';
import { distinctLabels, labelAt } from '../columns.ts';
import { definePreset, type ChartFrame, type PresetOptions, type RouteGroup } from '../preset.ts';
import { panelRows } from '../panels.ts';
import { DASHES, MAIN_COLOR, seriesColors } from '../theme.ts';
import { countryShapes } from '../geo/country-shapes.ts';
import { anchorOf, countries, countryNames, findCountry, type Country } from '../geo/countries.ts';
import { placeNames, type PlacedName } from '../geo/label-placement.ts';
import { CHART_FONT_SIZE, LINE_HEIGHT, textWidth } from '../text-width.ts';
import { ReportInputError } from '../../data/errors.ts';

const defaults = {
  /** Height as a share of the width: the routes' own shape, within these bounds. */
  minAspect: 0.6,
  maxAspect: 0.9,
  /** Countries farther than this (radians) from the routes' centre are not drawn. */
  radius: 1.1,
  strokeWidth: 2,
  /** Charts narrower than this draw one map per value of `panel`. */
  panelsBelow: 480,
};

export const routeMap = definePreset({
  name: 'route-map',
  summary: 'routes on a map: from = origin country, to = destination country, via = country passed through, series = kind of route, panel = one map per value on a phone, label = what the routes in words add to each route',
  required: ['from', 'to'],
  optional: ['series', 'label', 'via', 'panel'],
  numeric: [],
  // Country names are looked up on the world map as the CSV writes them; the map shows their labels.
  keepsValues: true,
  spec(rows, options, frame) {
    const { series, panel } = options;
    const kinds = series ? distinctLabels(rows, series) : [];
    const key: RouteKey = { kinds, colors: seriesColors(kinds), dashes: kinds.map((_, index) => DASHES[index % DASHES.length] ?? '') };
    const kindLabel = (kind: string) => (series && frame.valueLabel ? frame.valueLabel(String(series), kind) : kind);
    const legend = series ? { legend: kinds.map((kind, index) => ({ label: kindLabel(kind), color: key.colors[index] ?? MAIN_COLOR, dash: key.dashes[index] ?? '' })) } : {};
    const routes = routeList(rows, options, frame, key);
    // On a phone, routes that meet at one place tangle: one small map per value of `panel`, each zoomed to its own routes.
    if (panel && frame.width < defaults.panelsBelow) {
      return {
        panels: panelRows(rows, panel).map(({ heading, rows: part }) => ({ heading: frame.valueLabel ? frame.valueLabel(String(panel), heading) : heading, plot: routeMapOf(part, options, frame, key) })),
        ...legend,
        routes,
      };
    }
    return { plot: routeMapOf(rows, options, frame, key), ...legend, routes };
  },
});

/**
 * The routes in words, grouped by kind in the legend's order, each the places it
 * passes (from, via, to) and its `label`, in the page's language and the dataset's order: a phone
 * shows this under the map, whose arrows at one crowded place it cannot follow.
 */
export function routeList<Row>(rows: readonly Row[], { from, to, via, series, label }: PresetOptions<Row>, frame: ChartFrame, key: RouteKey): RouteGroup[] {
  const place = (row: Row, column: typeof from) => {
    const written = column ? labelAt(row, column) : '';
    return written !== '' && frame.valueLabel ? frame.valueLabel(String(column), written) : written;
  };
  const placesOf = (row: Row) => {
    const places = [place(row, from), place(row, via), place(row, to)].filter((name) => name !== '');
    const named = place(row, label);
    return named === '' ? { places } : { places, label: named };
  };
  if (!series) return rows.length > 0 ? [{ kind: '', routes: rows.map(placesOf) }] : [];
  return key.kinds.flatMap((kind, index) => {
    const ofKind = rows.filter((row) => labelAt(row, series) === kind);
    const label = frame.valueLabel ? frame.valueLabel(String(series), kind) : kind;
    return ofKind.length > 0 ? [{ kind: label, color: key.colors[index] ?? MAIN_COLOR, dash: key.dashes[index] ?? '', routes: ofKind.map(placesOf) }] : [];
  });
}

/** Colour and dash by kind of route, the same on every panel. */
export interface RouteKey {
  kinds: string[];
  colors: string[];
  dashes: string[];
}

function routeMapOf<Row>(rows: readonly Row[], { from, to, via, series }: PresetOptions<Row>, frame: ChartFrame, key: RouteKey): Plot.PlotOptions {
  const unknown = new Set<string>();
  const countryAt = (row: Row, column: typeof from) => {
    const name = column ? labelAt(row, column) : '';
    const country = findCountry(name);
    if (!country) unknown.add(name);
    return country;
  };
  const routes = rows.flatMap((row) => {
    const origin = countryAt(row, from);
    const destination = countryAt(row, to);
    // A route through another country: the source names where it passes, so the map does too.
    const through = via && labelAt(row, via) !== '' ? countryAt(row, via) : undefined;
    return origin && destination ? [{ row, origin, destination, ...(through ? { through } : {}) }] : [];
  });
  if (unknown.size > 0) {
    throw new ReportInputError('Unknown country on a map', [
      `${[...unknown].map((name) => `"${name}"`).join(', ')}: not a country name of the world map; use one of: ${countryNames.join(', ')}`,
    ]);
  }
  const involved = new Map<string, Country>();
  // A country's name in the page's language where the dataset translates it, else the map's name.
  const shown = new Map<string, string>();
  const translate = (country: Country, row: Row, column: typeof from) => {
    const written = column ? labelAt(row, column) : '';
    const label = column && frame.valueLabel ? frame.valueLabel(String(column), written) : written;
    if (label !== written) shown.set(country.properties.name, label);
  };
  for (const { row, origin, destination } of routes) {
    involved.set(origin.properties.name, origin);
    involved.set(destination.properties.name, destination);
    translate(origin, row, from);
    translate(destination, row, to);
  }
  for (const { row, through } of routes) {
    if (!through) continue;
    involved.set(through.properties.name, through);
    translate(through, row, via);
  }
  const nameOf = (country: Country) => shown.get(country.properties.name) ?? country.properties.name;
  const anchors = [...involved.values()].map(anchorOf);
  const centre = sphericalMean(anchors);
  const nearby = countries.filter((country) => geoDistance(anchorOf(country), centre) < defaults.radius || involved.has(country.properties.name));
  const { kinds, colors, dashes } = key;
  const kindOf = (route: { row: Row }) => (series ? labelAt(route.row, series) : '');
  const kindLabel = (kind: string) => (series && frame.valueLabel ? frame.valueLabel(String(series), kind) : kind);
  // An arrow per leg: a route through another country is two, to it and on from it, each named by the whole route.
  const legs = routes.flatMap((route) => {
    const path = [route.origin, ...(route.through ? [route.through] : []), route.destination];
    const title = `${path.map(nameOf).join(' → ')}${kindOf(route) ? ` (${kindLabel(kindOf(route))})` : ''}`;
    return path.slice(1).map((destination, index) => ({ row: route.row, origin: path[index] as Country, destination, title }));
  });
  // One arrow mark per kind of route: each kind has its own dash pattern as well as colour.
  const groups = series ? kinds.map((name, index) => ({ legs: legs.filter((leg) => kindOf(leg) === name), dash: dashes[index] ?? '' })).filter((group) => group.legs.length > 0) : [{ legs, dash: '' }];

  const { projection, height } = fitProjection(anchors, centre, frame.width, [...involved.values()].map(nameOf));
  const names = placeNames(
    [...involved.values()].map((country) => {
      const [x, y] = projection(anchorOf(country)) ?? [0, 0];
      return { name: nameOf(country), x, y, width: textWidth(nameOf(country), CHART_FONT_SIZE, true), height: LINE_HEIGHT };
    }),
    { width: frame.width, height },
    legs.flatMap((leg) => pointsAlong(projection(anchorOf(leg.origin)), projection(anchorOf(leg.destination)))),
  );
  // Plot projects every mark's longitude and latitude; names are placed in pixels, so go back.
  const lonLat = (x: number, y: number) => projection.invert?.([x, y]) ?? [0, 0];

  return {
    width: frame.width,
    height,
    projection,
    ...(series ? { color: { domain: kinds, range: colors } } : {}),
    marks: [
      ...countryMarks(nearby, [...involved.values()]),
      ...groups.map((group) =>
        Plot.arrow(group.legs, {
        x1: (route) => anchorOf(route.origin)[0],
        y1: (route) => anchorOf(route.origin)[1],
        x2: (route) => anchorOf(route.destination)[0],
        y2: (route) => anchorOf(route.destination)[1],
        stroke: series ? kindOf : MAIN_COLOR,
        strokeWidth: defaults.strokeWidth,
        bend: true,
        inset: 6,
        ...(group.dash ? { strokeDasharray: group.dash } : {}),
        title: (leg) => leg.title,
      }),
      ),
      Plot.dot([...involved.values()], { x: (country) => anchorOf(country)[0], y: (country) => anchorOf(country)[1], r: 3, fill: 'currentColor' }),
      Plot.link(
        names.filter((name) => name.leader),
        {
          x1: (name: PlacedName) => lonLat(name.dotX, name.dotY)[0],
          y1: (name: PlacedName) => lonLat(name.dotX, name.dotY)[1],
          x2: (name: PlacedName) => lonLat(...nearestEdge(name))[0],
          y2: (name: PlacedName) => lonLat(...nearestEdge(name))[1],
          curve: 'linear',
          stroke: 'currentColor',
          strokeWidth: 1.25,
        },
      ),
      Plot.text(names, {
        x: (name: PlacedName) => lonLat(name.x, name.y)[0],
        y: (name: PlacedName) => lonLat(name.x, name.y)[1],
        text: 'name',
        textAnchor: 'middle',
        lineAnchor: 'middle',
        fontWeight: 600,
        fill: 'currentColor',
        // A halo in the page colour keeps names readable over borders and arrows.
        stroke: 'var(--sl-color-bg, white)',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  };
}

// An azimuthal projection centred on the routes, cropped to them: the routes fill
// the width, the height follows their shape, and the margins hold the outer names.
function fitProjection(anchors: [number, number][], centre: [number, number], width: number, names: readonly string[]) {
  const widest = Math.max(...names.map((name) => textWidth(name, CHART_FONT_SIZE, true)));
  const insetX = Math.min(Math.max(widest / 2 + 6, 16), width * 0.22);
  const insetTop = LINE_HEIGHT + 10;
  const insetBottom = LINE_HEIGHT;
  const points = { type: 'MultiPoint' as const, coordinates: anchors };
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).fitWidth(width - 2 * insetX, points);
  const [[, top], [, bottom]] = geoPath(projection).bounds(points);
  const natural = bottom - top + insetTop + insetBottom;
  const height = Math.round(Math.min(Math.max(natural, width * defaults.minAspect), width * defaults.maxAspect));
  projection.fitExtent(
    [
      [insetX, insetTop],
      [width - insetX, height - insetBottom],
    ],
    points,
  );
  // Shapes are cut at the frame: nothing the reader cannot see is written into the page.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

// Points every few pixels along an arrow as Plot bends it (bend: true, 22.5° clockwise from
// the straight line), leaving out the ends by its dots, for names to keep clear of.
// A quadratic curve through the arrow's tangents stands in for Plot's circular arc.
function pointsAlong(start: [number, number] | null, end: [number, number] | null): { x: number; y: number }[] {
  if (!start || !end) return [];
  const [x1, y1] = start;
  const [x2, y2] = end;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < 1) return [];
  const lift = (length / 2) * Math.tan((22.5 * Math.PI) / 180);
  const [cx, cy] = [(x1 + x2) / 2 - ((y2 - y1) / length) * lift, (y1 + y2) / 2 + ((x2 - x1) / length) * lift];
  const steps = Math.ceil(length / 4);
  const clear = 10 / length;
  return Array.from({ length: steps + 1 }, (_, index) => index / steps)
    .filter((t) => t > clear && t < 1 - clear)
    .map((t) => ({ x: (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t ** 2 * x2, y: (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t ** 2 * y2 }));
}

// The point of a name's box nearest its dot, where the leader line ends.
function nearestEdge(name: PlacedName): [number, number] {
  const halfWidth = textWidth(name.name, CHART_FONT_SIZE, true) / 2;
  const halfHeight = LINE_HEIGHT / 2;
  const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
  return [clamp(name.dotX, name.x - halfWidth, name.x + halfWidth), clamp(name.dotY, name.y - halfHeight, name.y + halfHeight)];
}

// Land as two merged areas and borders as two meshes: every border is drawn once,
// not once for each country on either side of it.
function countryMarks(nearby: readonly Country[], involved: readonly Country[]) {
  const shapes = countryShapes(nearby, involved);
  return [
    Plot.geo(shapes.land, { fill: 'currentColor', fillOpacity: 0.06 }),
    Plot.geo(shapes.highlighted, { fill: 'currentColor', fillOpacity: 0.21 }),
    Plot.geo(shapes.borders, { stroke: 'currentColor', strokeOpacity: 0.25, strokeWidth: 0.5 }),
    Plot.geo(shapes.highlightedBorders, { stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 0.75 }),
  ];
}

// Centre of a set of [longitude, latitude] points, via their mean unit vector.
function sphericalMean(points: readonly [number, number][]): [number, number] {
  const radians = Math.PI / 180;
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon, lat] of points) {
    x += Math.cos(lat * radians) * Math.cos(lon * radians);
    y += Math.cos(lat * radians) * Math.sin(lon * radians);
    z += Math.sin(lat * radians);
  }
  return [Math.atan2(y, x) / radians, Math.atan2(z, Math.hypot(x, y)) / radians];
}
