import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  arcPath,
  arrowheadPath,
  classifyLine,
  corridorLines,
  curveThrough,
  lineSamples,
  onwardArrow,
  type CorridorMapInput,
  type LineKind,
  type NamedPoint,
} from '@/lib/maps/lines.ts';
import { extentAround, fitFrame, project } from '@/lib/maps/projection.ts';
import { readCorridorIds } from '../../../tools/site.ts';

const PLACES: Record<string, NamedPoint> = {
  xian: { id: 'xian', name: 'Xi’an', lat: 34.26, lon: 108.94 },
  ashgabat: { id: 'ashgabat', name: 'Ashgabat', lat: 37.95, lon: 58.38 },
  lianyungang: { id: 'lianyungang', name: 'Lianyungang', lat: 34.6, lon: 119.22 },
};
const placeOf = (id: string) => PLACES[id];

describe('what each kind of line rests on', () => {
  it.each<[LineKind, string]>([
    ['route', 'schematic'],
    ['onward', 'schematic'],
    ['boundary', 'reference'],
    ['coast', 'reference'],
  ])('a %s line is %s', (kind, basis) => {
    expect(classifyLine(kind).basis).toBe(basis);
  });

  it('says in words why a schematic line is schematic', () => {
    expect(classifyLine('route').means).toMatch(/because it gives no flight paths/);
    expect(classifyLine('onward').means).toMatch(/because it gives no routes/);
    expect(classifyLine('boundary').means).toMatch(/Natural Earth/);
  });
});

describe('the lines of a corridor', () => {
  const air: CorridorMapInput = {
    id: 'air',
    mode: 'air',
    routes: [{ from: 'xian', to: 'ashgabat', note: 'first flight the day before' }],
    onward: [],
  };

  it('draws a route the article names between two of its places', () => {
    expect(corridorLines(air, placeOf)).toEqual([
      {
        id: 'air-xian-ashgabat',
        corridor: 'air',
        mode: 'air',
        kind: 'route',
        from: PLACES['xian'],
        to: PLACES['ashgabat'],
        via: [],
        note: 'first flight the day before',
      },
    ]);
  });

  it('draws an onward link to a destination that is not a place, pointing where it says', () => {
    const [line] = corridorLines(
      {
        id: 'intermodal',
        mode: 'intermodal',
        routes: [],
        onward: [
          { from: 'lianyungang', to: 'South Korea', toward: { lat: 35.9, lon: 125.9 }, via: [{ lat: 35, lon: 122 }] },
        ],
      },
      placeOf,
    );
    expect(line).toMatchObject({
      id: 'intermodal-lianyungang-south-korea',
      kind: 'onward',
      to: { name: 'South Korea', lat: 35.9, lon: 125.9 },
      via: [{ lat: 35, lon: 122 }],
    });
  });

  it('draws no line for a corridor whose article names no route, and skips unknown places', () => {
    expect(corridorLines({ id: 'rail', mode: 'rail', routes: [], onward: [] }, placeOf)).toEqual([]);
    expect(corridorLines({ ...air, routes: [{ from: 'xian', to: 'nowhere' }] }, placeOf)).toEqual([]);
  });

  it('every line the site’s corridors draw is schematic, and the rail corridor draws none', () => {
    const kinds = new Map<string, LineKind[]>();
    for (const id of readCorridorIds()) {
      const text = readFileSync(join(process.cwd(), 'src/content/corridors', `${id}.mdx`), 'utf8');
      const front = parse(text.split(/^---$/m)[1] ?? '') as {
        mode: string;
        map?: { routes?: unknown[]; onward?: unknown[] };
      };
      kinds.set(front.mode, [
        ...(front.map?.routes ?? []).map((): LineKind => 'route'),
        ...(front.map?.onward ?? []).map((): LineKind => 'onward'),
      ]);
    }
    expect(kinds.get('rail')).toEqual([]);
    expect(kinds.get('air')).toHaveLength(5);
    expect(kinds.get('intermodal')).toHaveLength(3);
    for (const kind of [...kinds.values()].flat()) expect(classifyLine(kind).basis).toBe('schematic');
  });
});

describe('drawing lines', () => {
  const frame = fitFrame(extentAround(Object.values(PLACES), { padding: 5 }), { margin: 20 });

  it('draws a route along the great circle, not a straight line on the map', () => {
    const d = arcPath(frame, PLACES['xian'] as NamedPoint, PLACES['ashgabat'] as NamedPoint);
    expect(d).toMatch(/^M[\d.]+ [\d.]+l/);
    const samples = lineSamples(frame, {
      id: 'a',
      corridor: 'air',
      mode: 'air',
      kind: 'route',
      from: PLACES['xian'] as NamedPoint,
      to: PLACES['ashgabat'] as NamedPoint,
      via: [],
    });
    const middle = (samples.length - 1) / 2;
    const [lon, lat] = geoInterpolate([108.94, 34.26], [58.38, 37.95])(Math.floor(middle) / (samples.length - 1));
    const mid = samples[Math.floor(middle)];
    expect(mid).toEqual(project(frame, { lon, lat }));
    // Samples lie close enough together that no label fits between two of them.
    for (let i = 1; i < samples.length; i++) {
      const [ax = 0, ay = 0] = samples[i - 1] ?? [];
      const [bx = 0, by = 0] = samples[i] ?? [];
      expect(Math.hypot(bx - ax, by - ay)).toBeLessThanOrEqual(6.5);
    }
    // The great circle bows north of the straight line between the two cities on the map.
    const [x0, y0] = project(frame, PLACES['xian'] as NamedPoint);
    const [x1, y1] = project(frame, PLACES['ashgabat'] as NamedPoint);
    expect(mid?.[1]).toBeLessThan((y0 + y1) / 2);
    expect(mid?.[0]).toBeCloseTo((x0 + x1) / 2, -2);
  });

  it('draws an onward link as a curve through its bends, with an arrowhead whose tip is at the destination', () => {
    const toward = { name: 'Japan', lat: 33.9, lon: 129.6 };
    const arrow = onwardArrow(
      frame,
      {
        id: 'i',
        corridor: 'intermodal',
        mode: 'intermodal',
        kind: 'onward',
        from: PLACES['lianyungang'] as NamedPoint,
        to: toward,
        via: [{ lat: 32.6, lon: 125.2 }],
      },
      [30, 20],
    );
    const [tx, ty] = project(frame, toward);
    expect(arrow.heads).toHaveLength(2);
    for (const head of arrow.heads) expect(head.startsWith(`M${tx} ${ty}L`)).toBe(true);
    expect(arrow.d.match(/C/g)).toHaveLength(2);
  });

  it('ends a curve in the direction of its last leg', () => {
    const { direction, end } = curveThrough([
      [0, 0],
      [10, 0],
      [20, 0],
    ]);
    expect(end).toEqual([20, 0]);
    expect(direction[0]).toBeCloseTo(1);
    expect(direction[1]).toBeCloseTo(0);
    expect(arrowheadPath([20, 0], [1, 0], 10)).toBe('M20 0L10 4.5L10 -4.5z');
  });
});
