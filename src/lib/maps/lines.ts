/**
 * The lines a map draws, and what each one rests on. Boundaries and coasts are reference geography
 * from Natural Earth; every other line is schematic, because the article names routes and
 * destinations but never a path: air routes are great-circle arcs between the two cities, and goods
 * going on by sea are an arrow bent round the coast. The article gives no rail alignment, so a rail
 * corridor draws no line at all, only its places.
 */
import { geoInterpolate, geoPath } from 'd3-geo';
import { project, type LonLat, type MapFrame } from './projection.ts';
import { CompactPath } from './svg-path.ts';

export type Mode = 'air' | 'rail' | 'intermodal';

/** What a drawn line is: a route between two places, an onward link to a destination, or reference geography. */
export type LineKind = 'route' | 'onward' | 'boundary' | 'coast';

/** What a line rests on: reference geography (Natural Earth), or a schematic of something the article names. */
export type LineBasis = 'reference' | 'schematic';

export interface LineClass {
  basis: LineBasis;
  /** How the map draws it. */
  shape: 'great-circle arc' | 'arrow' | 'boundary';
  /** What a reader is told it means, in the legend, after the lines it names; the legend says “Schematic” once, before. */
  means: string;
}

const CLASSES: Record<LineKind, LineClass> = {
  route: {
    basis: 'schematic',
    shape: 'great-circle arc',
    means: 'routes the article names, drawn as great-circle arcs because it gives no flight paths',
  },
  onward: {
    basis: 'schematic',
    shape: 'arrow',
    means:
      'the destinations the article gives for fertiliser shipped on from there, drawn as arrows that only point the way because it gives no routes',
  },
  boundary: {
    basis: 'reference',
    shape: 'boundary',
    means: 'country borders, from Natural Earth (public context)',
  },
  coast: {
    basis: 'reference',
    shape: 'boundary',
    means: 'coastlines, from Natural Earth (public context)',
  },
};

/** How the map draws a kind of line and what it rests on. Nothing but geography is drawn as other than schematic. */
export function classifyLine(kind: LineKind): LineClass {
  return CLASSES[kind];
}

export interface NamedPoint extends LonLat {
  /** A place's id, when the point is a place on the site. */
  id?: string | undefined;
  name: string;
}

/** A line a corridor's map draws between or from its places. */
export interface CorridorLine {
  id: string;
  corridor: string;
  mode: Mode;
  kind: 'route' | 'onward';
  from: NamedPoint;
  to: NamedPoint;
  via: readonly LonLat[];
  /** What the article says of it, when it is not simply open, e.g. `due to open on 18 May`. */
  note?: string | undefined;
}

/** What a corridor's map needs of the corridor. */
export interface CorridorMapInput {
  id: string;
  mode: Mode;
  routes: readonly { from: string; to: string; note?: string | undefined }[];
  onward: readonly { from: string; to: string; toward: LonLat; via: readonly LonLat[] }[];
}

/** The lines of a corridor, from its routes and onward links; an unknown place is skipped (validation reports it). */
export function corridorLines(
  corridor: CorridorMapInput,
  placeOf: (id: string) => NamedPoint | undefined,
): CorridorLine[] {
  const routes = corridor.routes.flatMap((route): CorridorLine[] => {
    const [from, to] = [placeOf(route.from), placeOf(route.to)];
    if (from === undefined || to === undefined) return [];
    return [
      {
        id: `${corridor.id}-${route.from}-${route.to}`,
        corridor: corridor.id,
        mode: corridor.mode,
        kind: 'route',
        from,
        to,
        via: [],
        note: route.note,
      },
    ];
  });
  const onward = corridor.onward.flatMap((link): CorridorLine[] => {
    const from = placeOf(link.from);
    if (from === undefined) return [];
    const slug = link.to.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return [
      {
        id: `${corridor.id}-${link.from}-${slug}`,
        corridor: corridor.id,
        mode: corridor.mode,
        kind: 'onward',
        from,
        to: { ...link.toward, name: link.to },
        via: link.via,
      },
    ];
  });
  return [...routes, ...onward];
}

/**
 * Points along a line as the map draws it, for labels to keep clear of: along the great circle for
 * a route, along the bends for an onward link.
 */
export function lineSamples(frame: MapFrame, line: CorridorLine, step = 6): [number, number][] {
  const stops = line.kind === 'route' ? [line.from, line.to] : [line.from, ...line.via, line.to];
  const out: [number, number][] = [];
  for (let leg = 0; leg < stops.length - 1; leg++) {
    const [a, b] = [stops[leg] as LonLat, stops[leg + 1] as LonLat];
    const along = geoInterpolate([a.lon, a.lat], [b.lon, b.lat]);
    // Close enough together, in map units, that no label fits between two samples.
    const [ax, ay] = project(frame, a);
    const [bx, by] = project(frame, b);
    const count = Math.max(2, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
    for (let i = 0; i <= count; i++) {
      const [lon, lat] = along(i / count);
      out.push(project(frame, { lon, lat }));
    }
  }
  return out;
}

/** A great-circle arc between two points, as path data. */
export function arcPath(frame: MapFrame, from: LonLat, to: LonLat): string {
  const path = new CompactPath(1);
  geoPath(
    frame.projection,
    path,
  )({
    type: 'LineString',
    coordinates: [
      [from.lon, from.lat],
      [to.lon, to.lat],
    ],
  });
  return path.toString();
}

type Point = readonly [number, number];

/** A smooth curve through points (Catmull–Rom, as cubic Béziers), and the direction it ends in. */
export function curveThrough(points: readonly Point[]): { d: string; end: Point; direction: Point } {
  const round = (n: number) => Math.round(n * 10) / 10;
  const fmt = ([x, y]: Point) => `${round(x)} ${round(y)}`;
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined || points.length < 2) throw new Error('A curve needs two points');
  let d = `M${fmt(first)}`;
  let control: Point = first;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i] ?? first;
    const p1 = points[i] ?? first;
    const p2 = points[i + 1] ?? last;
    const p3 = points[i + 2] ?? p2;
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${fmt(c1)} ${fmt(c2)} ${fmt(p2)}`;
    control = c2;
  }
  const length = Math.hypot(last[0] - control[0], last[1] - control[1]) || 1;
  return { d, end: last, direction: [(last[0] - control[0]) / length, (last[1] - control[1]) / length] };
}

/** A filled arrowhead whose tip is at `tip`, pointing along `direction` (a unit vector). */
export function arrowheadPath(tip: Point, direction: Point, size: number): string {
  const [ux, uy] = direction;
  const [bx, by] = [tip[0] - ux * size, tip[1] - uy * size];
  const [px, py] = [-uy * size * 0.45, ux * size * 0.45];
  const round = (n: number) => Math.round(n * 10) / 10;
  return `M${round(tip[0])} ${round(tip[1])}L${round(bx + px)} ${round(by + py)}L${round(bx - px)} ${round(by - py)}z`;
}

/**
 * An onward link drawn as an arrow: a curve from the place through the link's bends to just short
 * of where it points, so the arrowhead's tip lands there.
 */
export function onwardArrow(
  frame: MapFrame,
  line: CorridorLine,
  headSizes: readonly number[],
): { d: string; heads: string[] } {
  const points = [line.from, ...line.via, line.to].map((p) => project(frame, p));
  const { direction } = curveThrough(points);
  const tip = points.at(-1) as Point;
  // The line stops inside the smallest head, so every head covers its end.
  const back = Math.min(...headSizes) * 0.6;
  const shortened = [...points.slice(0, -1), [tip[0] - direction[0] * back, tip[1] - direction[1] * back] as const];
  return { d: curveThrough(shortened).d, heads: headSizes.map((size) => arrowheadPath(tip, direction, size)) };
}
