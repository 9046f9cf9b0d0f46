import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  boxInCountry,
  insideCountry,
  prepareAtlas,
  type CountriesTopology,
  type MapCountry,
} from '@/lib/maps/basemap.ts';
import { boxesIntersect, boxIntersectsCircle, boxInside } from '@/lib/maps/text-boxes.ts';
import { mapDescription, mapLegend, type MapCorridor } from '@/lib/maps/legend.ts';
import { corridorLines, type NamedPoint } from '@/lib/maps/lines.ts';
import { buildMap, LABEL_PX, markerReach, markerShape, TIERS, type MapPlace } from '@/lib/maps/model.ts';
import { extentAround, fitFrame, project } from '@/lib/maps/projection.ts';
import { CompactPath } from '@/lib/maps/svg-path.ts';

// The coarser Natural Earth file keeps this test quick; the site draws from the 1:50m one.
const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
const atlas = prepareAtlas(JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology);

const place = (id: string, name: string, country: string, lat: number, lon: number, extra: Partial<MapPlace> = {}) =>
  ({ id, name, country, lat, lon, mode: 'air', role: 'place', href: `/places/${id}/`, ...extra }) as MapPlace;
const PLACES = [
  place('xian', 'Xi’an', 'China', 34.26, 108.94, { role: 'hub' }),
  place('ashgabat', 'Ashgabat', 'Turkmenistan', 37.95, 58.38),
  place('tashkent', 'Tashkent', 'Uzbekistan', 41.3, 69.24),
  place('dushanbe', 'Dushanbe', 'Tajikistan', 38.56, 68.77),
  place('khorgos', 'Khorgos', 'China', 44.21, 80.42, { mode: 'rail' }),
  place('alashankou', 'Alashankou', 'China', 45.17, 82.57, { mode: 'rail' }),
];
const point = (id: string): NamedPoint | undefined => {
  const p = PLACES.find((x) => x.id === id);
  return p && { id: p.id, name: p.name, lat: p.lat, lon: p.lon };
};
const lines = corridorLines(
  {
    id: 'air',
    mode: 'air',
    routes: ['ashgabat', 'tashkent', 'dushanbe'].map((to) => ({ from: 'xian', to })),
    onward: [],
  },
  point,
);
const model = buildMap(atlas, {
  id: 'map-test',
  title: 'A test map',
  description: 'Test.',
  places: PLACES,
  lines,
  extent: extentAround(PLACES, { padding: 2 }),
  minAspect: 0.62,
  margin: 50,
  tint: ['China', 'Uzbekistan'],
  countryNames: ['China', 'Kazakhstan', 'Uzbekistan', 'Mongolia'].map((n) => [n, n] as const),
});

describe('a map laid out for drawing', () => {
  it('puts each marker at the projected position of its place’s coordinates', () => {
    const frame = fitFrame(
      {
        west: model.extent[0],
        south: model.extent[1],
        east: model.extent[2],
        north: model.extent[3],
      },
      { margin: model.margin },
    );
    expect(frame.height).toBe(model.height);
    for (const marker of model.markers) {
      const [x, y] = project(frame, marker);
      expect([marker.x, marker.y], marker.id).toEqual([x, y]);
    }
  });

  it('draws land, borders and the tinted countries, and every line classified', () => {
    expect(model.land).toMatch(/^M/);
    expect(model.borders).toMatch(/^M/);
    expect(model.tinted).toMatch(/^M/);
    expect(model.lines.map((l) => [l.id, l.basis])).toEqual([
      ['air-xian-ashgabat', 'schematic'],
      ['air-xian-tashkent', 'schematic'],
      ['air-xian-dushanbe', 'schematic'],
    ]);
    expect(model.lines[0]?.title).toBe('Xi’an to Ashgabat (schematic)');
  });

  it.each(TIERS.map((t) => t.name))(
    'tier %s: sets text at 12.5 CSS px at its narrowest width, and labels every marker clear of the others',
    (name) => {
      const tier = model.tiers.find((t) => t.name === name);
      const design = TIERS.find((t) => t.name === name)?.design ?? 0;
      expect(tier).toBeDefined();
      if (tier === undefined) return;
      expect((tier.fontSize * design) / model.width).toBeCloseTo(LABEL_PX, 0);
      const labels = [...tier.labels.values(), ...tier.countries];
      expect([...tier.labels.keys()].sort()).toEqual(PLACES.map((p) => p.id).sort());
      const circles = model.markers.map((m) => ({ cx: m.x, cy: m.y, r: tier.radius * markerReach(m) }));
      for (const [i, a] of labels.entries()) {
        expect(boxInside(a.box, model.width, model.height), a.text).toBe(true);
        for (const c of circles) expect(boxIntersectsCircle(a.box, c), `${a.text} over a marker`).toBe(false);
        for (const b of labels.slice(i + 1)) expect(boxesIntersect(a.box, b.box), `${a.text}/${b.text}`).toBe(false);
      }
    },
  );

  it('names the countries that fit, the tinted ones among them, inside their borders', () => {
    const wide = model.tiers.at(-1);
    expect(wide?.countries.map((c) => c.text)).toEqual(expect.arrayContaining(['China', 'Kazakhstan']));
  });
});

describe('markers', () => {
  it.each([
    ['air', 'place', 'circle'],
    ['air', 'hub', 'circle'],
    ['rail', 'place', 'rect'],
    ['rail', 'named', 'rect'],
    ['intermodal', 'place', 'path'],
  ] as const)('a %s %s is a %s whose bounding box lies within its reach', (mode, role, tag) => {
    const marker = { x: 100, y: 100, mode, role };
    const shape = markerShape(marker, 10);
    expect(shape.tag).toBe(tag);
    const corners: [number, number][] =
      shape.tag === 'circle'
        ? [[100 + shape.attrs.r, 100 + shape.attrs.r]]
        : shape.tag === 'rect'
          ? [[shape.attrs.x, shape.attrs.y]]
          : (() => {
              const pts = [...shape.attrs.d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [
                Number(m[1]),
                Number(m[2]),
              ]);
              const xs = pts.map((p) => p[0] ?? 0);
              const ys = pts.map((p) => p[1] ?? 0);
              return [
                [Math.min(...xs), Math.min(...ys)],
                [Math.max(...xs), Math.max(...ys)],
              ];
            })();
    for (const [x, y] of corners) expect(Math.hypot(x - 100, y - 100)).toBeLessThanOrEqual(10 * markerReach(marker));
  });
});

describe('countries on the map', () => {
  const square: MapCountry = {
    name: 'Square',
    rings: [
      [
        [0, 0],
        [100, 0],
        [100, 100],
        [0, 100],
      ],
      [
        [40, 40],
        [60, 40],
        [60, 60],
        [40, 60],
      ],
    ],
  };

  it('tells inside from outside, holes counting as outside', () => {
    expect(insideCountry(square, 10, 10)).toBe(true);
    expect(insideCountry(square, 50, 50)).toBe(false);
    expect(insideCountry(square, 150, 50)).toBe(false);
  });

  it('takes a name as inside when its middle and two corners are', () => {
    expect(boxInCountry(square, { x0: 5, y0: 5, x1: 30, y1: 20 })).toBe(true);
    expect(boxInCountry(square, { x0: 80, y0: 5, x1: 130, y1: 20 })).toBe(false);
  });
});

describe('path data', () => {
  it('writes relative moves after each ring’s first point, rounded, dropping points that round together', () => {
    const path = new CompactPath(0);
    path.moveTo(10.2, 20.4);
    path.lineTo(15.4, 20.3);
    path.lineTo(15.45, 20.2);
    path.lineTo(5, 30);
    path.closePath();
    expect(path.toString()).toBe('M10 20l5 0-10 10z');
  });

  it('leaves out closed rings too small to see', () => {
    const path = new CompactPath(0, 40);
    for (const [x, y, size] of [
      [0, 0, 3],
      [100, 100, 20],
    ] as const) {
      path.moveTo(x, y);
      path.lineTo(x + size, y);
      path.lineTo(x + size, y + size);
      path.closePath();
    }
    expect(path.toString()).toBe('M100 100l20 0 0 20z');
  });
});

describe('what a map says in words', () => {
  const air: MapCorridor = {
    id: 'air',
    mode: 'air',
    name: 'Air',
    places: [
      { id: 'xian', name: 'Xi’an', href: '/places/xian/', role: 'hub' },
      { id: 'dushanbe', name: 'Dushanbe', href: '/places/dushanbe/', role: 'place' },
    ],
    lines: corridorLines(
      { id: 'air', mode: 'air', routes: [{ from: 'xian', to: 'dushanbe', note: 'due to open on 18 May' }], onward: [] },
      (id) =>
        ({ xian: { id, name: 'Xi’an', lat: 34, lon: 109 }, dushanbe: { id, name: 'Dushanbe', lat: 38, lon: 69 } })[id],
    ),
  };
  const rail: MapCorridor = {
    id: 'rail',
    mode: 'rail',
    name: 'Rail',
    places: [
      { id: 'khorgos', name: 'Khorgos', href: '/places/khorgos/', role: 'place' },
      { id: 'urumqi', name: 'Ürümqi', href: '/places/urumqi/', role: 'named', note: 'named only in a bureau’s name' },
    ],
    lines: [],
  };

  it('keys every mark, saying what is from the article, what is schematic and what is public context', () => {
    const legend = mapLegend([air, rail]);
    expect(legend.map((e) => [e.key, e.symbol, e.basis])).toEqual([
      ['air-places', 'circle', 'article'],
      ['air-route', 'arc', 'schematic'],
      ['rail-places', 'square', 'article'],
      ['rail-urumqi', 'square', 'article'],
      ['rail-no-line', 'none', 'article'],
      ['reference', 'border', 'reference'],
    ]);
    expect(legend[1]?.lines).toEqual(['Xi’an to Dushanbe (due to open on 18 May)']);
    expect(legend[3]?.hollow).toBe(true);
    expect(legend[3]?.text).toBe('named only in a bureau’s name');
  });

  it('leaves lines out of the legend of a map that draws none of them', () => {
    expect(mapLegend([rail], false).map((e) => e.key)).toEqual(['rail-places', 'rail-urumqi', 'reference']);
  });

  it('describes every place and line for a screen reader, schematic ones as schematic', () => {
    expect(mapDescription([air, rail])).toBe(
      'Air: Xi’an, with schematic great-circle arcs to Dushanbe (due to open on 18 May). ' +
        'Rail: Khorgos; Ürümqi (named only in a bureau’s name); no line is drawn, because the article gives no route. ' +
        'Borders from Natural Earth; positions and country names are public context.',
    );
  });
});
