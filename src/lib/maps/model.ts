/**
 * A map, ready to draw: its frame, geography, lines, markers and labels, with nothing left for the
 * component to decide. Labels are placed once per width tier: a map is drawn in map units and
 * scaled to its column, so text sized for a desktop column would be too small on a phone; each tier
 * sets its text and markers for the narrowest column it serves, and the component shows the tier
 * that fits the map's width (a container query), so no label is under 12 CSS pixels from a
 * 355-pixel-wide map up.
 */
import { basemap, boxInCountry, countryLabelPoints, type Atlas, type Basemap } from './basemap.ts';
import { placeAreaLabels, type AreaLabelRequest } from './area-labels.ts';
import { placeLabels, type LabelRequest, type PlacedLabel } from './labels.ts';
import { type Circle } from './text-boxes.ts';
import { MARKER_SHAPE } from './legend.ts';
import {
  arcPath,
  classifyLine,
  lineSamples,
  onwardArrow,
  type CorridorLine,
  type LineBasis,
  type Mode,
} from './lines.ts';
import { fitFrame, MAP_WIDTH, project, type GeoExtent, type MapFrame } from './projection.ts';

/**
 * The width tiers: from which map width (CSS px) each applies, and the narrowest width it is laid
 * out for. A phone's map runs edge to edge, 375 px and more on today's phones; a locator map sits
 * inside the page's margins, 358 px wide on a 390 px phone, where its labels are 12.1 px.
 */
export const TIERS = [
  { name: 's', from: 0, design: 370 },
  { name: 'm', from: 560, design: 560 },
  { name: 'l', from: 800, design: 800 },
] as const;
export type TierName = (typeof TIERS)[number]['name'];

/** Label text and marker sizes in CSS px at a tier's narrowest width. */
export const LABEL_PX = 12.5;
const MARKER_PX = { s: 5, m: 5.5, l: 6 } as const;
/** An arrowhead's length in CSS px. */
const ARROW_PX = 12;

/** Map units per CSS pixel at a tier's narrowest width. */
function unitsPerPx(design: number): number {
  return MAP_WIDTH / design;
}

/** What a marker means: the hub of routes, a place on a route or a port, or a place the article only names. */
export type MarkerRole = 'hub' | 'place' | 'named';

export interface MapPlace {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  /** The corridor whose marker shape and colour it takes. */
  mode: Mode;
  role: MarkerRole;
  /** Its place page. */
  href: string;
}

export interface MapInput {
  /** A prefix for the map's element ids, unique on its page, e.g. `map-rail`. */
  id: string;
  title: string;
  description: string;
  places: readonly MapPlace[];
  lines: readonly CorridorLine[];
  extent: GeoExtent;
  /** The least and most height for the width, and the room around the extent in map units (see `fitFrame`). */
  minAspect?: number;
  maxAspect?: number;
  margin?: number;
  /** Countries tinted as the ones the map is about, by Natural Earth name. */
  tint: readonly string[];
  /** Countries to name where there is room, most wanted first, as `[Natural Earth name, label]`. */
  countryNames: readonly (readonly [string, string])[];
  /** The smallest detail of the coast and borders kept, in square map units. */
  detail?: number;
}

export interface MapMarker extends MapPlace {
  x: number;
  y: number;
}

export interface MapLineModel {
  id: string;
  kind: CorridorLine['kind'];
  mode: Mode;
  basis: LineBasis;
  d: string;
  /** An onward link's arrowhead in each tier, by tier name. */
  heads?: Record<TierName, string> | undefined;
  /** What it joins, for its tooltip and the list beside the map. */
  title: string;
}

export interface MapTier {
  name: TierName;
  /** The map width in CSS px from which this tier shows. */
  from: number;
  fontSize: number;
  /** Marker radius in map units. */
  radius: number;
  /** Each marker's label, by place id. */
  labels: Map<string, PlacedLabel>;
  /** The names of onward destinations, at their arrows' tips. */
  destinations: PlacedLabel[];
  /** The country names that fit. */
  countries: PlacedLabel[];
}

export interface MapModel {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  /** The extent the projection is fitted to, `[west, south, east, north]`, and the margin round it: `fitFrame` of them draws the same map. */
  extent: [number, number, number, number];
  margin: number;
  land: string;
  borders: string;
  tinted: string;
  lines: MapLineModel[];
  markers: MapMarker[];
  tiers: MapTier[];
}

/** A marker as SVG draws it: the corridor's shape, larger for a hub. */
export type MarkerShape =
  | { tag: 'circle'; attrs: { cx: number; cy: number; r: number } }
  | { tag: 'rect'; attrs: { x: number; y: number; width: number; height: number } }
  | { tag: 'path'; attrs: { d: string } };

/** The shape of a marker at a radius: a circle for air, a square for rail, a triangle for intermodal. */
export function markerShape(marker: Pick<MapMarker, 'x' | 'y' | 'mode' | 'role'>, radius: number): MarkerShape {
  const r = radius * (marker.role === 'hub' ? 1.35 : 1);
  const kind = MARKER_SHAPE[marker.mode];
  if (kind === 'circle') return { tag: 'circle', attrs: { cx: marker.x, cy: marker.y, r: round(r) } };
  if (kind === 'square') {
    const side = round(r * 1.8);
    return {
      tag: 'rect',
      attrs: { x: round(marker.x - side / 2), y: round(marker.y - side / 2), width: side, height: side },
    };
  }
  // An equilateral triangle, point up, centred on the place.
  const R = r * 1.3;
  const [x, y] = [marker.x, marker.y];
  const d = `M${round(x)} ${round(y - R)}L${round(x + R * 0.866)} ${round(y + R / 2)}L${round(x - R * 0.866)} ${round(y + R / 2)}z`;
  return { tag: 'path', attrs: { d } };
}

/**
 * How far from its centre a marker's bounding box reaches, in radii: a label kept outside this
 * circle is clear of the whole box, as a browser measures it (a square's corner, a triangle's base).
 */
export function markerReach(marker: Pick<MapMarker, 'mode' | 'role'>): number {
  const reach = { circle: Math.SQRT2, square: 0.9 * Math.SQRT2, triangle: 1.3 * Math.sqrt(1.75) };
  return (marker.role === 'hub' ? 1.35 : 1) * reach[MARKER_SHAPE[marker.mode]] + 0.01;
}

/** Basemaps already drawn, by atlas and frame: the locator maps of all places share one frame. */
const drawn = new WeakMap<Atlas, Map<string, { base: Basemap; points: Map<string, [number, number][]> }>>();

function cachedBasemap(atlas: Atlas, frame: MapFrame, detail: number) {
  const key = JSON.stringify([frame.extent, frame.width, frame.margin, detail]);
  const forAtlas = drawn.get(atlas) ?? new Map();
  drawn.set(atlas, forAtlas);
  let found = forAtlas.get(key);
  if (found === undefined) {
    const base = basemap(atlas, frame, { detail });
    const points = new Map([...base.countries].map(([name, c]) => [name, countryLabelPoints(frame, c)]));
    found = { base, points };
    forAtlas.set(key, found);
  }
  return found;
}

/** Lays out a map: frame, geography, lines and markers, and every tier's labels. */
export function buildMap(atlas: Atlas, input: MapInput): MapModel {
  const frame = fitFrame(input.extent, {
    minAspect: input.minAspect ?? 0,
    maxAspect: input.maxAspect ?? Infinity,
    margin: input.margin ?? 0,
  });
  const { base, points } = cachedBasemap(atlas, frame, input.detail ?? 3);
  const markers: MapMarker[] = input.places.map((place) => {
    const [x, y] = project(frame, place);
    return { ...place, x, y };
  });
  const arrowUnits = TIERS.map((tier) => ARROW_PX * unitsPerPx(tier.design));
  const lines: MapLineModel[] = input.lines.map((line) => {
    const { basis } = classifyLine(line.kind);
    const title = `${line.from.name} to ${line.to.name}${line.note ? `, ${line.note}` : ''} (schematic)`;
    if (line.kind === 'route') {
      return { id: line.id, kind: line.kind, mode: line.mode, basis, d: arcPath(frame, line.from, line.to), title };
    }
    const arrow = onwardArrow(frame, line, arrowUnits);
    const heads = Object.fromEntries(TIERS.map((tier, i) => [tier.name, arrow.heads[i] ?? ''])) as Record<
      TierName,
      string
    >;
    return { id: line.id, kind: line.kind, mode: line.mode, basis, d: arrow.d, heads, title };
  });
  const samples = input.lines.flatMap((line) => lineSamples(frame, line));
  const onward = input.lines.filter((line) => line.kind === 'onward');
  const destinationNames = new Set(onward.map((line) => line.to.name));
  const candidates = input.countryNames
    .filter(([, label]) => !destinationNames.has(label))
    .flatMap(([name, label]) => {
      const country = base.countries.get(name);
      return country ? [{ name, label, country, points: points.get(name) ?? [] }] : [];
    });

  const tiers = TIERS.map((tier, t): MapTier => {
    const px = unitsPerPx(tier.design);
    const fontSize = round(LABEL_PX * px);
    const radius = round(MARKER_PX[tier.name] * px);
    const circles: Circle[] = markers.map((m) => ({
      cx: m.x,
      cy: m.y,
      r: radius * markerReach(m) + 0.1 * fontSize,
    }));
    const tips: Circle[] = onward.map((line) => {
      const [cx, cy] = project(frame, line.to);
      return { cx, cy, r: (arrowUnits[t] ?? 0) * 0.5 };
    });
    const requests: LabelRequest[] = [
      ...markers.map((m, i) => ({ id: m.id, text: m.name, marker: circles[i] as Circle })),
      ...onward.map((line, i) => ({ id: `to-${line.id}`, text: line.to.name, marker: tips[i] as Circle, rings: 2 })),
    ];
    const options = {
      width: frame.width,
      height: frame.height,
      fontSize,
      markers: [...circles, ...tips],
      avoid: samples,
    };
    const placed = placeLabels(requests, options);
    const areaRequests: AreaLabelRequest[] = candidates.map((c) => ({
      id: `country-${c.name}`,
      text: c.label,
      points: c.points,
      fits: (box) => boxInCountry(c.country, box),
    }));
    return {
      name: tier.name,
      from: tier.from,
      fontSize,
      radius,
      labels: new Map(placed.filter((l) => !l.id.startsWith('to-')).map((l) => [l.id, l])),
      destinations: placed.filter((l) => l.id.startsWith('to-')),
      countries: placeAreaLabels(areaRequests, placed, options),
    };
  });

  return {
    id: input.id,
    title: input.title,
    description: input.description,
    width: frame.width,
    height: frame.height,
    extent: [frame.extent.west, frame.extent.south, frame.extent.east, frame.extent.north],
    margin: frame.margin,
    land: base.land,
    borders: base.borders,
    tinted: base.tint(input.tint),
    lines,
    markers,
    tiers,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
