import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { registryFile } from '@/lib/site/link-aliases.ts';
import { fitFrame, project } from '@/lib/maps/projection.ts';
import { TIERS } from '@/lib/maps/model.ts';
import { listFiles, readCorridorIds, readPage } from '../../tools/site.ts';

const dist = inject('distDir');

interface AuthoredPlace {
  id: string;
  name: string;
  country: string;
  coordinates: { lat: number; lon: number };
}
const places = parse(readFileSync(join(process.cwd(), 'src/content/places/places.yaml'), 'utf8')) as AuthoredPlace[];
const placeById = new Map(places.map((p) => [p.id, p]));
const corridorPlaces = new Map(
  readCorridorIds().map((id) => {
    const text = readFileSync(join(process.cwd(), 'src/content/corridors', `${id}.mdx`), 'utf8');
    const front = parse(text.split(/^---$/m)[1] ?? '') as { places: string[] };
    return [id, front.places] as const;
  }),
);
const factsByPlace = new Map<string, string[]>();
for (const name of ['context', 'air', 'rail', 'intermodal']) {
  const file = join(process.cwd(), 'src/content/facts', `${name}.yaml`);
  for (const fact of parse(readFileSync(file, 'utf8')) as { id: string; places?: string[] }[]) {
    for (const place of fact.places ?? []) factsByPlace.set(place, [...(factsByPlace.get(place) ?? []), fact.id]);
  }
}

/** Every page with a map, and the places its map must mark. */
const MAPS: [path: string, placeIds: string[]][] = [
  ['/', places.map((p) => p.id)],
  ['/places/', places.map((p) => p.id)],
  ...[...corridorPlaces].map(([id, ids]): [string, string[]] => [`/corridors/${id}/`, ids]),
  ...places.map((p): [string, string[]] => [`/places/${p.id}/`, [p.id]]),
];

function mapOf(path: string): HTMLElement {
  const svg = readPage(dist, path).querySelector('figure.map svg[data-map]');
  if (svg === null) throw new Error(`${path} has no map`);
  return svg;
}

/** Where a marker shape is centred: a circle's centre, a square's middle, a triangle's centroid. */
function centreOf(shape: HTMLElement): [number, number] {
  const n = (name: string) => Number(shape.getAttribute(name));
  if (shape.rawTagName === 'circle') return [n('cx'), n('cy')];
  if (shape.rawTagName === 'rect') return [n('x') + n('width') / 2, n('y') + n('height') / 2];
  const points = [...(shape.getAttribute('d') ?? '').matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  return [
    points.reduce((s, p) => s + (p[0] ?? 0), 0) / points.length,
    // A triangle's centroid sits a third of the way up from its base: its centre is the circumcentre.
    (Math.min(...points.map((p) => p[1] ?? 0)) + 2 * Math.max(...points.map((p) => p[1] ?? 0))) / 3,
  ];
}

describe.each(MAPS)('the map on %s', (path, placeIds) => {
  const svg = mapOf(path);

  it('marks each of its places at the projected position of the place’s coordinates, in every tier', () => {
    const [west = 0, south = 0, east = 0, north = 0] = (svg.getAttribute('data-extent') ?? '').split(',').map(Number);
    const frame = fitFrame({ west, south, east, north }, { margin: Number(svg.getAttribute('data-margin')) });
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${frame.width} ${frame.height}`);
    const markers = svg.querySelectorAll('a.map-place');
    expect(markers.map((m) => m.getAttribute('data-place')).sort()).toEqual([...placeIds].sort());
    for (const marker of markers) {
      const place = placeById.get(marker.getAttribute('data-place') ?? '');
      expect(place).toBeDefined();
      const [x, y] = project(frame, place?.coordinates ?? { lat: 0, lon: 0 });
      const shapes = marker.querySelectorAll('.map-marker');
      expect(shapes).toHaveLength(TIERS.length);
      for (const shape of shapes) {
        const [cx, cy] = centreOf(shape);
        expect(cx, `${place?.id} x`).toBeCloseTo(x, 0);
        expect(cy, `${place?.id} y`).toBeCloseTo(y, 0);
      }
      expect(marker.getAttribute('href')).toBe(`/places/${place?.id}/`);
      expect(marker.getAttribute('aria-label')).toBe(`${place?.name}, ${place?.country}`);
      expect(marker.querySelectorAll('text.map-label').map((t) => t.textContent)).toEqual(TIERS.map(() => place?.name));
    }
  });

  it('carries no script and no style attribute, names itself and credits Natural Earth', () => {
    const figure = readPage(dist, path).querySelector('figure.map');
    expect(figure?.querySelectorAll('script')).toHaveLength(0);
    expect(figure?.querySelectorAll('[style]')).toHaveLength(0);
    expect(svg.getAttribute('role')).toBe('group');
    const title = svg.querySelector('title');
    const desc = svg.querySelector('desc');
    expect(svg.getAttribute('aria-labelledby')).toBe(title?.id);
    expect(svg.getAttribute('aria-describedby')).toBe(desc?.id);
    expect(desc?.textContent.length).toBeGreaterThan(40);
    expect(figure?.querySelector('.credit')?.textContent).toContain('Natural Earth');
  });

  it('says what each line rests on: borders are reference geography, every route or link is schematic', () => {
    expect(svg.querySelector('.map-border')?.getAttribute('data-basis')).toBe('reference');
    for (const line of svg.querySelectorAll('.map-line')) {
      expect(line.getAttribute('data-basis')).toBe('schematic');
      expect(line.querySelector('title')?.textContent).toMatch(/\(schematic\)$/);
    }
  });
});

describe('what the maps draw', () => {
  const lines = (path: string) => mapOf(path).querySelectorAll('.map-line');

  it('draws no rail line, as the article gives none, and says so', () => {
    expect(lines('/corridors/rail/')).toHaveLength(0);
    const legend = readPage(dist, '/corridors/rail/').querySelector('figure.map .legend')?.textContent ?? '';
    expect(legend).toContain('no line is drawn, because the article gives no route');
    expect(legend).toContain('Urumqi Railway Bureau');
  });

  it('draws the five air routes from Xi’an as arcs and the three sea links from Lianyungang as arrows', () => {
    expect(lines('/corridors/air/').map((l) => l.getAttribute('data-line'))).toEqual(
      ['ashgabat', 'dushanbe', 'tashkent', 'bishkek', 'astana'].map((to) => `air-xian-${to}`),
    );
    const sea = lines('/corridors/intermodal/');
    expect(sea.map((l) => l.getAttribute('data-kind'))).toEqual(['onward', 'onward', 'onward']);
    for (const line of sea) expect(line.querySelectorAll('.map-line-head')).toHaveLength(TIERS.length);
    expect(lines('/')).toHaveLength(8);
  });

  it('labels the sea links’ destinations on the map', () => {
    const destinations = mapOf('/corridors/intermodal/')
      .querySelectorAll('text.map-destination.tier-s')
      .map((t) => t.textContent);
    expect(destinations).toEqual(['South Korea', 'Japan', 'Southeast Asia']);
  });

  it('shows one tier of labels at a time, switching at the widths the layout assumes', () => {
    const css = listFiles(join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const tier of TIERS.slice(1)) expect(css).toContain(`@container map (width>=${tier.from}px)`);
  });
});

describe('place pages', () => {
  it.each(places.map((p) => [p.id, p] as const))(
    '/places/%s/ names the place and every fact naming it',
    (id, place) => {
      const page = readPage(dist, `/places/${id}/`);
      expect(page.querySelector('main h1')?.textContent).toBe(place.name);
      const listed = page.querySelectorAll('ol.facts li').map((li) => li.getAttribute('data-fact'));
      expect([...listed].sort()).toEqual([...(factsByPlace.get(id) ?? [])].sort());
      for (const link of page.querySelectorAll('ol.facts li .fact-head a')) {
        expect(link.getAttribute('href')).toMatch(/^\/facts\/[a-z0-9-]+\/$/);
      }
      // One source today: the list names it once, and each fact's ¶ links go to its paragraphs.
      const sourceLinks = page.querySelectorAll('.facts-section > p a[href^="/sources/"]');
      if ((factsByPlace.get(id) ?? []).length > 0) expect(sourceLinks).toHaveLength(1);
      for (const li of page.querySelectorAll('ol.facts li')) {
        for (const a of li.querySelectorAll('.meta a'))
          expect(a.getAttribute('href')).toMatch(/^\/sources\/[a-z0-9-]+\/#p\d+$/);
      }
      if ((factsByPlace.get(id) ?? []).length > 0) {
        expect(page.querySelector('.more a')?.getAttribute('href')).toBe(`/facts/?place=${id}`);
      }
      // Each field but the corridors says where it comes from: the source's words, or public context.
      for (const dd of page.querySelectorAll('.details dd').slice(0, -1))
        expect(dd.querySelector('.basis')?.textContent, dd.textContent).toMatch(
          /^(From the source, ¶\d+: “|As the source writes it, ¶\d+|Public context)/,
        );
      const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '[]') as {
        '@type': string;
        geo: { latitude: number; longitude: number };
      }[];
      expect(ld[0]?.['@type']).toBe('Place');
      expect(ld[0]?.geo).toEqual({
        '@type': 'GeoCoordinates',
        latitude: place.coordinates.lat,
        longitude: place.coordinates.lon,
      });
    },
  );

  it('/places/ lists every place, linked to its page', () => {
    const hrefs = readPage(dist, '/places/')
      .querySelectorAll('table th[scope="row"] a')
      .map((a) => a.getAttribute('href'));
    expect([...hrefs].sort()).toEqual(places.map((p) => `/places/${p.id}/`).sort());
  });

  it('the places table of a corridor page links each place to its page', () => {
    const hrefs = readPage(dist, '/corridors/rail/')
      .querySelectorAll('#place-khorgos th a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/places/khorgos/']);
  });

  it('are all in the sitemap and the link registry', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const registry = JSON.parse(readFileSync(resolve(process.cwd(), registryFile()), 'utf8')) as Record<
      string,
      string[]
    >;
    for (const path of ['/places/', ...places.map((p) => `/places/${p.id}/`)]) {
      expect(sitemap, path).toContain(`${path}</loc>`);
      expect(Object.keys(registry), path).toContain(path);
    }
  });
});
