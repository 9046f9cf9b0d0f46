/**
 * The maps the pages draw, built once per build from the content graph and Natural Earth's
 * boundaries: the overview of the three corridors on the home page, each corridor's map fitted to
 * its places, and a locator map per place. This is the one place that decides what each map shows;
 * the layout itself is pure (src/lib/maps/).
 */
import { placePath } from '@/lib/site/links.ts';
import { mapDescription, mapLegend, type LegendEntry, type MapCorridor } from '@/lib/maps/legend.ts';
import { corridorLines, type CorridorLine, type NamedPoint } from '@/lib/maps/lines.ts';
import { buildMap, type MapModel, type MapPlace, type MarkerRole } from '@/lib/maps/model.ts';
import { extentAround, type ExtentOptions, type LonLat } from '@/lib/maps/projection.ts';
import { getAtlas } from './atlas.ts';
import { getGraph, type Corridor, type Graph, type Place } from './content.ts';

/** A map with what it says in words: its legend, and whether it is a small locator. */
export interface SiteMap {
  model: MapModel;
  legend: LegendEntry[];
  corridors: MapCorridor[];
}

/** Countries named for orientation when there is room, after the countries of the places shown (public context). */
const NEIGHBOURS = [
  'China',
  'Kazakhstan',
  'Uzbekistan',
  'Turkmenistan',
  'Kyrgyzstan',
  'Tajikistan',
  'Mongolia',
  'Russia',
  'Afghanistan',
  'Iran',
  'Pakistan',
  'India',
  'North Korea',
  'South Korea',
  'Japan',
];

/** Every map's height is at least this share of its width, so a phone has room for its labels, and at most this. */
const MIN_ASPECT = 0.62;
const MAX_ASPECT = 0.85;
/** Room round what a map must show, in map units (a thousandth of its width), for the labels at its edges. */
const MARGIN = 50;

const base = () => import.meta.env.BASE_URL;

function point(place: Place): NamedPoint {
  return { id: place.id, name: place.data.name, ...place.data.coordinates };
}

/** A corridor as its map shows it: its places with their roles, and its lines. */
function mapCorridor(graph: Graph, corridor: Corridor): MapCorridor {
  const { map } = corridor.data;
  const lines = corridorLines(
    {
      id: corridor.id,
      mode: corridor.data.mode,
      routes: map.routes.map((r) => ({ from: r.from.id, to: r.to.id, note: r.note })),
      onward: map.onward.map((o) => ({ from: o.from.id, to: o.to, toward: o.toward, via: o.via })),
    },
    (id) => {
      const place = graph.place.get(id);
      return place && point(place);
    },
  );
  const hubs = new Set(map.routes.map((r) => r.from.id));
  const notes = new Map(map.notes.map((n) => [n.place.id, n.note]));
  const places = corridor.data.places.flatMap((ref) => {
    const place = graph.place.get(ref.id);
    if (place === undefined) return [];
    const role: MarkerRole = hubs.has(ref.id) ? 'hub' : notes.has(ref.id) ? 'named' : 'place';
    return [{ id: place.id, name: place.data.name, href: placePath(base(), place.id), role, note: notes.get(ref.id) }];
  });
  return { id: corridor.id, mode: corridor.data.mode, name: corridor.data.shortTitle, places, lines };
}

function mapPlaces(graph: Graph, corridors: readonly MapCorridor[]): MapPlace[] {
  return corridors.flatMap((corridor) =>
    corridor.places.flatMap((p) => {
      const place = graph.place.get(p.id);
      if (place === undefined) return [];
      return [
        {
          id: p.id,
          name: p.name,
          country: place.data.country,
          ...place.data.coordinates,
          mode: corridor.mode,
          role: p.role,
          href: p.href,
        },
      ];
    }),
  );
}

interface Spec {
  id: string;
  title: string;
  corridors: MapCorridor[];
  extent: ExtentOptions;
  /** Points the map must show beyond its places and lines. */
  around?: readonly LonLat[];
  /** Draw only these places (a locator), though the map is framed as given. */
  only?: string;
}

function build(graph: Graph, spec: Spec): SiteMap {
  const all = mapPlaces(graph, spec.corridors);
  const lines: CorridorLine[] = spec.only === undefined ? spec.corridors.flatMap((c) => c.lines) : [];
  const places = spec.only === undefined ? all : all.filter((p) => p.id === spec.only);
  const framed = [...(spec.around ?? all), ...lines.flatMap((l) => [l.to, ...l.via])];
  const countries = [...new Set(places.map((p) => p.country))];
  const destinations = lines.filter((l) => l.kind === 'onward').map((l) => l.to.name);
  const named = [...new Set([...countries, ...NEIGHBOURS])];
  const shownCorridors =
    spec.only === undefined
      ? spec.corridors
      : spec.corridors.flatMap((c) => {
          const own = c.places.filter((p) => p.id === spec.only);
          return own.length > 0 ? [{ ...c, places: own, lines: [] }] : [];
        });
  const model = buildMap(getAtlas(), {
    id: spec.id,
    title: spec.title,
    description:
      spec.only === undefined
        ? mapDescription(shownCorridors)
        : `${places.map((p) => `${p.name}, ${p.country}`).join('; ')}, marked on a map of China and Central Asia, its country shaded. Borders from Natural Earth; the position and country names are public context.`,
    places,
    lines,
    extent: extentAround(framed, spec.extent),
    minAspect: MIN_ASPECT,
    maxAspect: MAX_ASPECT,
    margin: MARGIN,
    tint: [...countries, ...destinations],
    countryNames: named.map((name) => [name, name] as const),
  });
  return { model, legend: mapLegend(shownCorridors, spec.only === undefined), corridors: shownCorridors };
}

const cache = new Map<string, Promise<SiteMap>>();
function memo(key: string, make: (graph: Graph) => SiteMap): Promise<SiteMap> {
  let found = cache.get(key);
  if (found === undefined) {
    found = getGraph().then(make);
    cache.set(key, found);
  }
  return found;
}

/** The home page's map: every corridor, its places and lines. */
export function getOverviewMap(): Promise<SiteMap> {
  return memo('overview', (graph) =>
    build(graph, {
      id: 'map-overview',
      title: 'Map of the three corridors',
      corridors: graph.corridors.map((c) => mapCorridor(graph, c)),
      extent: { padding: 2 },
    }),
  );
}

/** A corridor's map, fitted to its places and lines; a corridor with few, close places keeps some surroundings. */
export function getCorridorMap(corridorId: string): Promise<SiteMap> {
  return memo(`corridor:${corridorId}`, (graph) => {
    const corridor = graph.corridor.get(corridorId);
    if (corridor === undefined) throw new Error(`No corridor "${corridorId}"`);
    return build(graph, {
      id: `map-${corridorId}`,
      title: `Map: ${corridor.data.title}`,
      corridors: [mapCorridor(graph, corridor)],
      extent: { padding: 3, minLonSpan: 18, minLatSpan: 10 },
    });
  });
}

/** A place's locator map: the whole region the site covers, with the place and its country marked. */
export function getLocatorMap(placeId: string): Promise<SiteMap> {
  return memo(`place:${placeId}`, (graph) => {
    const place = graph.place.get(placeId);
    if (place === undefined) throw new Error(`No place "${placeId}"`);
    const corridors = graph.corridors.map((c) => mapCorridor(graph, c));
    const owner = corridors.find((c) => c.places.some((p) => p.id === placeId));
    // A place on no corridor still gets a map, drawn as a place of the first.
    const own = owner ?? { ...(corridors[0] as MapCorridor), places: [] };
    const withPlace: MapCorridor = own.places.some((p) => p.id === placeId)
      ? own
      : { ...own, places: [{ id: placeId, name: place.data.name, href: placePath(base(), placeId), role: 'place' }] };
    return build(graph, {
      id: 'map-locator',
      title: `Where ${place.data.name} is`,
      corridors: [withPlace],
      around: graph.places.map((p) => p.data.coordinates),
      extent: { padding: 3 },
      only: placeId,
    });
  });
}
