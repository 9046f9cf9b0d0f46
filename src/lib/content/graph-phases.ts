/**
 * The phases that build the content graph, in the order src/lib/content/build-graph.ts runs them. Each
 * takes what it reads and returns what it makes; none changes its input, so each can be tested alone.
 */
import type { ChartData } from '@/schemas/chart.ts';
import type { CorridorData } from '@/schemas/corridor.ts';
import type { FactData } from '@/schemas/fact.ts';
import type { PlaceData } from '@/schemas/place.ts';
import type { SourceData } from '@/schemas/source.ts';
import { chartFactIds } from '../charts/charts.ts';
import { figureParts, formatFigure } from '../text/format.ts';
import type { Entry } from './entry.ts';
import {
  CONTEXT,
  paragraphKey,
  type Appearance,
  type FactNode,
  type IndexedParagraph,
  type ParagraphRef,
} from './graph.ts';
import type { MdxReference } from './mdx-references.ts';
import { AFTER_TEXT, compareReadingPositions, derivedPosition, readingPosition } from './reading-order.ts';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Sources, places, corridors and charts by id. */
export function indexEntries<
  S extends Entry<SourceData>,
  P extends Entry<PlaceData>,
  C extends Entry<CorridorData>,
  H extends Entry<ChartData>,
>(input: {
  sources: readonly S[];
  places: readonly P[];
  corridors: readonly C[];
  charts: readonly H[];
}): { source: Map<string, S>; place: Map<string, P>; corridor: Map<string, C>; chart: Map<string, H> } {
  return {
    source: byId(input.sources),
    place: byId(input.places),
    corridor: byId(input.corridors),
    chart: byId(input.charts),
  };
}

/** Every source paragraph with its editorial notes, by `paragraphKey`. */
export function indexParagraphs(sources: readonly Entry<SourceData>[]): Map<string, IndexedParagraph> {
  const index = new Map<string, IndexedParagraph>();
  for (const { id, data } of sources) {
    for (const paragraph of data.paragraphs)
      index.set(paragraphKey(id, paragraph.id), { source: id, paragraph, notes: [] });
    for (const note of data.notes) index.get(paragraphKey(id, note.paragraph))?.notes.push(note);
  }
  return index;
}

/** What a fact takes from the facts it is derived from, and gives to those derived from it. */
export interface DerivationLinks {
  /** 0 for a quoted fact; a derived fact is one deeper than its deepest input. */
  depth: number;
  /** The paragraphs it rests on: its own, or its inputs', in order. */
  paragraphs: ParagraphRef[];
  /** The facts derived from it. */
  derivedInto: string[];
}

/** Each fact's derivation depth, paragraphs and derived facts, by id: each fact resolved once, memoised. */
export function linkDerivations(
  facts: readonly Entry<FactData>[],
  paragraph: ReadonlyMap<string, IndexedParagraph>,
): Map<string, DerivationLinks> {
  const fact = byId(facts);
  const resolved = new Map<string, { depth: number; paragraphs: ParagraphRef[] }>();
  const resolve = ({ id, data }: Entry<FactData>, path: Set<string>): void => {
    if (resolved.has(id) || path.has(id)) return;
    if (data.kind === 'quoted') {
      const n = paragraph.get(paragraphKey(data.source.id, data.paragraph))?.paragraph.n ?? AFTER_TEXT;
      resolved.set(id, { depth: 0, paragraphs: [{ id: data.paragraph, n }] });
      return;
    }
    path.add(id);
    let deepest = 0;
    const paragraphs = new Map<string, ParagraphRef>();
    for (const ref of Object.values(data.derivation.inputs)) {
      const input = fact.get(ref.id);
      if (input === undefined) continue;
      resolve(input, path);
      const inputLinks = resolved.get(ref.id);
      deepest = Math.max(deepest, inputLinks?.depth ?? 0);
      for (const p of inputLinks?.paragraphs ?? []) paragraphs.set(p.id, p);
    }
    path.delete(id);
    resolved.set(id, { depth: deepest + 1, paragraphs: [...paragraphs.values()].sort((a, b) => a.n - b.n) });
  };
  const derivedInto = new Map<string, string[]>();
  for (const entry of facts) {
    resolve(entry, new Set());
    if (entry.data.kind === 'derived')
      for (const ref of Object.values(entry.data.derivation.inputs)) push(derivedInto, ref.id, entry.id);
  }
  return new Map(
    facts.map(({ id }) => [
      id,
      { depth: 1, paragraphs: [], ...resolved.get(id), derivedInto: derivedInto.get(id) ?? [] },
    ]),
  );
}

/** Corridors in their navigation order. */
export function inNavigationOrder<C extends Entry<CorridorData>>(corridors: readonly C[]): C[] {
  return [...corridors].sort((a, b) => a.data.order - b.data.order);
}

/** The charts drawing each fact, by fact id. */
export function chartsOfFacts(charts: readonly Entry<ChartData>[]): Map<string, string[]> {
  const chartsOf = new Map<string, string[]>();
  for (const chart of charts) for (const id of new Set(chartFactIds(chart.data))) push(chartsOf, id, chart.id);
  return chartsOf;
}

/**
 * Where each fact is shown, by fact id: each corridor's key figures and the components its page places,
 * in navigation order, then the summit context, shown as cards on the home page.
 */
export function placeFacts(
  facts: readonly Entry<FactData>[],
  corridors: readonly Entry<CorridorData>[],
  chart: ReadonlyMap<string, Entry<ChartData>>,
  references: ReadonlyMap<string, readonly MdxReference[]> | undefined,
): Map<string, Appearance[]> {
  const appearances = new Map<string, Appearance[]>();
  for (const c of corridors) {
    for (const ref of c.data.keyFacts) push(appearances, ref.id, { corridor: c.id, as: 'key-figure' });
    for (const ref of references?.get(c.id) ?? []) {
      if (ref.component === 'FactChart') {
        const drawn = chart.get(ref.id);
        for (const id of drawn ? new Set(chartFactIds(drawn.data)) : [])
          push(appearances, id, { corridor: c.id, section: ref.section, as: 'chart', chart: ref.id });
      } else {
        const as = ref.component === 'FactCard' ? 'card' : 'value';
        push(appearances, ref.id, { corridor: c.id, section: ref.section, as });
      }
    }
  }
  for (const { id, data } of facts) if (data.corridor === undefined) push(appearances, id, { as: 'card' });
  return appearances;
}

/** What `factNodes` reads besides the facts: made by the phases before it. */
export interface FactNodeInput {
  place: ReadonlyMap<string, Entry<PlaceData>>;
  paragraph: ReadonlyMap<string, IndexedParagraph>;
  links: ReadonlyMap<string, DerivationLinks>;
  appearances: ReadonlyMap<string, readonly Appearance[]>;
}

/** Each fact normalised once, in the order given. */
export function factNodes<F extends Entry<FactData>>(facts: readonly F[], input: FactNodeInput): FactNode<F>[] {
  const countryOf = (id: string) => input.place.get(id)?.data.country;
  return facts.map((entry) => {
    const { data } = entry;
    const links = input.links.get(entry.id) ?? { depth: 1, paragraphs: [], derivedInto: [] };
    const decimals = data.kind === 'derived' ? data.derivation.decimals : undefined;
    const quoted = data.kind === 'quoted' ? data : undefined;
    const paragraph = quoted && input.paragraph.get(paragraphKey(quoted.source.id, quoted.paragraph))?.paragraph;
    const places = data.places.map((p) => p.id);
    const card = input.appearances.get(entry.id)?.find((appearance) => appearance.as === 'card');
    return {
      id: entry.id,
      entry,
      kind: data.kind,
      label: data.label,
      statement: data.statement,
      value: data.value,
      unit: data.unit,
      qualifier: data.qualifier,
      decimals,
      figure:
        data.value === undefined
          ? undefined
          : {
              ...figureParts(data.value, data.unit, data.qualifier, decimals),
              text: formatFigure(data.value, data.unit, data.qualifier, decimals),
            },
      period: data.period,
      note: data.note,
      speaker: quoted?.speaker,
      source: data.source.id,
      paragraph: quoted && { id: quoted.paragraph, n: paragraph?.n ?? AFTER_TEXT },
      passage: quoted?.passage,
      paragraphs: links.paragraphs,
      corridor: data.corridor?.id,
      places,
      countries: [...new Set([...places.flatMap((p) => countryOf(p) ?? []), ...data.countries])].sort(),
      derivation:
        data.kind === 'derived'
          ? {
              formula: data.derivation.formula,
              inputs: Object.entries(data.derivation.inputs).map(([name, ref]) => ({ name, id: ref.id })),
            }
          : undefined,
      derivedInto: links.derivedInto,
      position: quoted
        ? readingPosition(paragraph ?? { n: AFTER_TEXT, text: '' }, quoted.passage, quoted.value)
        : derivedPosition(links.depth),
      card: card && (card.corridor ?? CONTEXT),
    };
  });
}

/**
 * Facts by source (in the sources' order) and in reading order: bucketed by source and paragraph (derived
 * facts in a bucket of their own per source), sorted within each bucket, the buckets laid out in paragraph
 * order. Facts whose paragraph is not in their source (reported by validation) go last, as found.
 */
export function inReadingOrder<N extends FactNode>(nodes: readonly N[], sources: readonly Entry<SourceData>[]): N[] {
  const DERIVED = '~derived';
  const buckets = new Map<string, N[]>();
  for (const node of nodes) push(buckets, paragraphKey(node.source, node.paragraph?.id ?? DERIVED), node);
  const source = byId(sources);
  const ordered: N[] = [];
  for (const sourceId of new Set([...sources.map((s) => s.id), ...nodes.map((n) => n.source)])) {
    const paragraphs = source.get(sourceId)?.data.paragraphs ?? [];
    for (const key of [...paragraphs.map((p) => paragraphKey(sourceId, p.id)), paragraphKey(sourceId, DERIVED)]) {
      const bucket = buckets.get(key);
      if (bucket === undefined) continue;
      ordered.push(...bucket.sort((a, b) => compareReadingPositions(a.position, b.position)));
      buckets.delete(key);
    }
  }
  for (const bucket of buckets.values()) ordered.push(...bucket);
  return ordered;
}

/** Facts grouped by source, paragraph, corridor (`CONTEXT` for the summit context) and place, keeping their order. */
export function groupFacts<N extends FactNode>(
  facts: readonly N[],
): {
  bySource: Map<string, N[]>;
  byParagraph: Map<string, N[]>;
  byCorridor: Map<string, N[]>;
  byPlace: Map<string, N[]>;
} {
  const bySource = new Map<string, N[]>();
  const byParagraph = new Map<string, N[]>();
  const byCorridor = new Map<string, N[]>();
  const byPlace = new Map<string, N[]>();
  for (const node of facts) {
    push(bySource, node.source, node);
    push(byCorridor, node.corridor ?? CONTEXT, node);
    for (const p of node.places) push(byPlace, p, node);
    for (const p of node.paragraphs) push(byParagraph, paragraphKey(node.source, p.id), node);
  }
  return { bySource, byParagraph, byCorridor, byPlace };
}

/** The corridors whose pages list each place, by place id, in the corridors' order. */
export function corridorsByPlace<C extends Entry<CorridorData>>(corridors: readonly C[]): Map<string, C[]> {
  const byPlace = new Map<string, C[]>();
  for (const corridor of corridors)
    for (const id of new Set(corridor.data.places.map((p) => p.id))) push(byPlace, id, corridor);
  return byPlace;
}

/** The facts each page shows, by corridor id and `CONTEXT` for the home page, each once, in the facts' order. */
export function shownOnPages<N extends FactNode>(
  facts: readonly N[],
  appearances: ReadonlyMap<string, readonly Appearance[]>,
): Map<string, N[]> {
  const shownOn = new Map<string, N[]>();
  for (const node of facts) {
    const pages = new Set((appearances.get(node.id) ?? []).map((appearance) => appearance.corridor ?? CONTEXT));
    for (const page of pages) push(shownOn, page, node);
  }
  return shownOn;
}
