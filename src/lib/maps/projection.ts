/**
 * The projection every map uses, and how a map is fitted to what it shows. An equal-area conic,
 * centred on the map's own middle meridian with standard parallels a sixth of the way in from its
 * south and north edges: the usual choice for a region wider than it is tall in the middle
 * latitudes, such as Central Asia and China, where Web Mercator would swell the north.
 */
import { geoConicEqualArea, geoGraticule, geoPath, type GeoProjection } from 'd3-geo';

/** A position in decimal degrees. */
export interface LonLat {
  lat: number;
  lon: number;
}

/** A box of longitudes and latitudes, in degrees. */
export interface GeoExtent {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** Every map is this many units wide; its height follows from what it shows. */
export const MAP_WIDTH = 1000;

export interface ExtentOptions {
  /** Degrees added on every side of the points. */
  padding?: number;
  /** The narrowest span of longitude the map may show, so a tight cluster keeps its surroundings. */
  minLonSpan?: number;
  /** The narrowest span of latitude. */
  minLatSpan?: number;
}

/** The box around some points, padded, and widened about its middle to a minimum span. */
export function extentAround(points: readonly LonLat[], options: ExtentOptions = {}): GeoExtent {
  if (points.length === 0) throw new Error('A map needs at least one point to fit');
  const { padding = 3, minLonSpan = 0, minLatSpan = 0 } = options;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const widen = (low: number, high: number, min: number): [number, number] => {
    const [a, b] = [low - padding, high + padding];
    const extra = Math.max(0, min - (b - a)) / 2;
    return [a - extra, b + extra];
  };
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), minLonSpan);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), minLatSpan);
  return { west, east, south: Math.max(south, -89), north: Math.min(north, 89) };
}

/** A map's projection, fitted to its extent, and the size of its drawing in map units. */
export interface MapFrame {
  projection: GeoProjection;
  width: number;
  height: number;
  extent: GeoExtent;
  /** The room kept around the extent, in map units. */
  margin: number;
}

export interface FrameOptions {
  width?: number;
  /** Room kept around the extent, in map units, for the labels of places near its edge. */
  margin?: number;
  /** The least height for the width: a map much wider than tall is too low to label on a phone. */
  minAspect?: number;
  /** The most height for the width: a map much taller than wide would not fit a screen. */
  maxAspect?: number;
}

/** The equal-area conic for an extent: centred on its middle meridian, parallels a sixth in from its edges. */
export function conicFor(extent: GeoExtent): GeoProjection {
  const span = extent.north - extent.south;
  return geoConicEqualArea()
    .parallels([extent.south + span / 6, extent.north - span / 6])
    .rotate([-(extent.west + extent.east) / 2, 0])
    .precision(0.2);
}

/** The outline of an extent, following its parallels and meridians. */
function outlineOf(extent: GeoExtent) {
  return geoGraticule()
    .extent([
      [extent.west, extent.south],
      [extent.east, extent.north],
    ])
    .precision(1)
    .outline();
}

/**
 * Fits the projection to an extent at the given width, with a margin all round. When the result
 * would be lower than `minAspect` times its width, the extent grows north and south until it is
 * not; when taller than `maxAspect` times, east and west.
 */
export function fitFrame(extent: GeoExtent, options: FrameOptions = {}): MapFrame {
  const { width = MAP_WIDTH, minAspect = 0, maxAspect = Infinity, margin = 0 } = options;
  let current = extent;
  for (let attempt = 0; ; attempt++) {
    const projection = conicFor(current);
    const outline = outlineOf(current);
    projection.fitWidth(width - 2 * margin, outline);
    const [tx, ty] = projection.translate();
    projection.translate([tx + margin, ty + margin]);
    const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
    const height = y1 - y0 + 2 * margin;
    const tooLow = height < minAspect * width - 0.5;
    const tooTall = height > maxAspect * width + 0.5;
    if ((!tooLow && !tooTall) || attempt >= 12) {
      const rounded = Math.ceil(height);
      projection.clipExtent([
        [0, 0],
        [width, rounded],
      ]);
      return { projection, width, height: rounded, extent: current, margin };
    }
    if (tooLow) {
      const grow = ((minAspect * width) / height - 1) * (current.north - current.south) * 0.5 + 0.1;
      current = {
        ...current,
        south: Math.max(-89, current.south - grow / 2),
        north: Math.min(89, current.north + grow / 2),
      };
    } else {
      const grow = (height / (maxAspect * width) - 1) * (current.east - current.west) * 0.5 + 0.1;
      current = { ...current, west: current.west - grow / 2, east: current.east + grow / 2 };
    }
  }
}

/** A position on the map, in map units, to a tenth. */
export function project(frame: MapFrame, point: LonLat): [number, number] {
  const xy = frame.projection([point.lon, point.lat]);
  if (xy === null) throw new Error(`${point.lat}, ${point.lon} cannot be projected on this map`);
  return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}

/** Whether a point falls inside the map's drawing. */
export function inFrame(frame: MapFrame, [x, y]: readonly [number, number]): boolean {
  return x >= 0 && x <= frame.width && y >= 0 && y <= frame.height;
}
