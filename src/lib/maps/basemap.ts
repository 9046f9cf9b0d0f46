/**
 * The geography under every map, from Natural Earth's country boundaries (the `world-atlas`
 * TopoJSON): land, borders and the countries a map tints, simplified for the map's scale and
 * clipped to its frame, so a map carries only the detail it can show.
 */
import { geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Box } from './text-boxes.ts';
import { project, type GeoExtent, type MapFrame } from './projection.ts';
import { CompactPath } from './svg-path.ts';

/** A country in the atlas: every one is a polygon or several. */
type CountryGeometry = TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>;

/** Natural Earth countries as `world-atlas` packs them: one object, `countries`, each with a `name`. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The countries of a topology, which `world-atlas` holds as polygons only. */
function countriesOf(topology: CountriesTopology): CountryGeometry[] {
  return topology.objects.countries.geometries as CountryGeometry[];
}

/** The atlas with each point's importance and each country's bounds computed once, for every map to share. */
export interface Atlas {
  topology: CountriesTopology;
  bounds: Map<CountryGeometry, [[number, number], [number, number]]>;
}

export function prepareAtlas(topology: CountriesTopology): Atlas {
  const prepared = presimplify(topology) as CountriesTopology;
  // Each country's box of longitudes and latitudes, from the points of its arcs: enough to tell
  // whether it can show on a map (a country across the antimeridian spans every longitude).
  const arcBounds = prepared.arcs.map((arc) => {
    const lons = arc.map((p) => p[0] ?? 0);
    const lats = arc.map((p) => p[1] ?? 0);
    return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as const;
  });
  const arcsOf = (g: CountryGeometry): number[] => (g.type === 'Polygon' ? g.arcs.flat() : g.arcs.flat(2));
  const bounds = new Map(
    countriesOf(prepared).map((g) => {
      const boxes = arcsOf(g).map((i) => arcBounds[i < 0 ? ~i : i] ?? ([0, 0, 0, 0] as const));
      const box: [[number, number], [number, number]] = [
        [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1]))],
        [Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))],
      ];
      return [g, box] as const;
    }),
  );
  return { topology: prepared, bounds };
}

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** A country as a map shows it: its rings in map units, clipped to the frame. */
export interface MapCountry {
  name: string;
  rings: [number, number][][];
}

export interface Basemap {
  /** All land, one filled path; its outline is the coast. */
  land: string;
  /** Borders between countries. */
  borders: string;
  /** Every country with land in the frame, by name. */
  countries: Map<string, MapCountry>;
  /** Draws some of those countries as one filled path, to tint them. */
  tint: (names: readonly string[]) => string;
}

export interface BasemapOptions {
  /** The smallest detail kept, as an area in map units: the triangle a point makes with its neighbours. */
  detail?: number;
  /** Islands and lakes smaller than this many square map units are left out. */
  minRingArea?: number;
}

function overlaps(bounds: [[number, number], [number, number]], extent: GeoExtent, margin: number): boolean {
  const [[west, south], [east, north]] = bounds;
  return (
    west <= extent.east + margin &&
    east >= extent.west - margin &&
    south <= extent.north + margin &&
    north >= extent.south - margin
  );
}

/** Units of the map per degree of latitude at the middle of its extent. */
export function unitsPerDegree(frame: MapFrame): number {
  const { extent } = frame;
  const lon = (extent.west + extent.east) / 2;
  const lat = (extent.south + extent.north) / 2;
  const [, y0] = project(frame, { lon, lat: lat - 0.5 });
  const [, y1] = project(frame, { lon, lat: lat + 0.5 });
  return Math.abs(y1 - y0);
}

/** Collects the rings d3-geo draws, in map units. */
class RingCollector {
  rings: [number, number][][] = [];
  private ring: [number, number][] = [];
  moveTo(x: number, y: number): void {
    this.ring = [[x, y]];
    this.rings.push(this.ring);
  }
  lineTo(x: number, y: number): void {
    this.ring.push([x, y]);
  }
  beginPath(): void {
    // Each ring starts with moveTo.
  }
  closePath(): void {
    // Rings are closed implicitly.
  }
  arc(): void {
    // No point geometry is drawn.
  }
}

/** Draws the land, borders and countries of a frame, simplified to its scale. */
export function basemap(atlas: Atlas, frame: MapFrame, options: BasemapOptions = {}): Basemap {
  const { detail = 3, minRingArea = 40 } = options;
  const k = unitsPerDegree(frame);
  // Importance is measured in square degrees; `detail` is in square map units.
  const simplified = simplify(atlas.topology, detail / (k * k)) as CountriesTopology;
  const shown = countriesOf(simplified).filter((g) => {
    const bounds = atlas.bounds.get(g);
    return bounds !== undefined && overlaps(bounds, frame.extent, 10);
  });
  const shownSet = new Set<unknown>(shown);
  const draw = (object: Parameters<ReturnType<typeof geoPath>>[0], closedOnly = false) => {
    const path = new CompactPath(0, closedOnly ? minRingArea : 0);
    geoPath(frame.projection, path)(object);
    return path.toString();
  };
  const countries = new Map(
    shown.map((g) => {
      const collector = new RingCollector();
      geoPath(frame.projection, collector)(feature(simplified, g) as CountryFeature);
      const name = g.properties?.name ?? '';
      return [name, { name, rings: collector.rings }] as const;
    }),
  );
  return {
    land: draw(merge(simplified, shown), true),
    borders: draw(
      mesh(simplified, simplified.objects.countries, (a, b) => a !== b && (shownSet.has(a) || shownSet.has(b))),
    ),
    countries,
    tint: (names) => {
      const wanted = new Set(names);
      return draw(
        merge(
          simplified,
          shown.filter((g) => wanted.has(g.properties?.name ?? '')),
        ),
        true,
      );
    },
  };
}

/** Whether a point is inside a country's rings (even–odd, so holes count as outside). */
export function insideCountry(country: MapCountry, x: number, y: number): boolean {
  let inside = false;
  for (const ring of country.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The middle of a country's largest ring on the map, by area. */
function middleOf(country: MapCountry): [number, number] | undefined {
  let best: { area: number; x: number; y: number } | undefined;
  for (const ring of country.rings) {
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      const cross = xj * yi - xi * yj;
      area += cross;
      cx += (xi + xj) * cross;
      cy += (yi + yj) * cross;
    }
    if (area !== 0 && (best === undefined || Math.abs(area) > best.area)) {
      best = { area: Math.abs(area), x: cx / (3 * area), y: cy / (3 * area) };
    }
  }
  return best && [best.x, best.y];
}

/**
 * Points a country's name may be centred on, best first: the middle of its largest part on the
 * map, then points spiralling out from there that fall inside the country.
 */
export function countryLabelPoints(frame: MapFrame, country: MapCountry, step = 12): [number, number][] {
  const middle = middleOf(country);
  if (middle === undefined) return [];
  const [cx, cy] = middle;
  const out: [number, number][] = [];
  for (let ring = 0; ring <= 12; ring++) {
    const count = ring === 0 ? 1 : ring * 8;
    for (let i = 0; i < count; i++) {
      const angle = (i / count) * 2 * Math.PI;
      const x = cx + Math.cos(angle) * ring * step;
      const y = cy + Math.sin(angle) * ring * step * 0.6;
      if (x < 0 || y < 0 || x > frame.width || y > frame.height) continue;
      if (insideCountry(country, x, y)) out.push([Math.round(x), Math.round(y)]);
    }
  }
  return out;
}

/** Whether a label box sits in the country: its middle and at least two of its corners inside. */
export function boxInCountry(country: MapCountry, box: Box): boolean {
  if (!insideCountry(country, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)) return false;
  const corners: [number, number][] = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ];
  return corners.filter(([x, y]) => insideCountry(country, x, y)).length >= 2;
}
