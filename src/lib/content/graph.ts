/**
 * The content graph: every entry indexed once per build, and every fact normalised once — its figure,
 * decimals, paragraph references, source, permanent address, inputs and the facts derived from it.
 * Pages, charts, CSV, search records, structured data and downloads read these; none re-derives them.
 *
 * Every step is linear in the number of entries, paragraphs and placed components: one pass to index,
 * one to link, one to group. Facts are put in reading order by bucketing them per paragraph and
 * sorting within a paragraph only, so the cost of ordering grows with the facts, not faster.
 */
import type { ChartData } from '@/schemas/chart.ts';
import type { CorridorData } from '@/schemas/corridor.ts';
import type { FactData } from '@/schemas/fact.ts';
import type { PlaceData } from '@/schemas/place.ts';
import type { SourceData } from '@/schemas/source.ts';
import { figureIndex, type Qualifier } from './figures.ts';
import { figureParts, formatFigure, type FigureParts } from '../text/format.ts';
import type { MdxReference, Section } from './mdx-references.ts';
import { compareReadingPositions, type ReadingPosition } from './reading-order.ts';

export interface GraphEntry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

export interface GraphInput<
  S extends GraphEntry<SourceData> = GraphEntry<SourceData>,
  F extends GraphEntry<FactData> = GraphEntry<FactData>,
  P extends GraphEntry<PlaceData> = GraphEntry<PlaceData>,
  C extends GraphEntry<CorridorData> = GraphEntry<CorridorData>,
  H extends GraphEntry<ChartData> = GraphEntry<ChartData>,
> {
  sources: readonly S[];
  facts: readonly F[];
  places: readonly P[];
  corridors: readonly C[];
  charts: readonly H[];
  /** The components each corridor page places, by corridor id (src/lib/content/mdx-references.ts). */
  references?: ReadonlyMap<string, readonly MdxReference[]>;
}

/** A paragraph of a source, as facts cite it. */
export interface ParagraphRef {
  /** The paragraph's anchor, e.g. `p5`. */
  id: string;
  /** Its number, from 1. */
  n: number;
}

/** Where on the site a fact is shown. */
export interface Appearance {
  /** The page: a corridor id, or undefined for the home page. */
  corridor?: string | undefined;
  /** The section of that page, when the page has sections. */
  section?: Section | undefined;
  /** How it is shown there. */
  as: 'card' | 'value' | 'key-figure' | 'chart';
  /** The chart, for `as: 'chart'`. */
  chart?: string | undefined;
}

/** A fact, normalised once. */
export interface FactNode<F extends GraphEntry<FactData> = GraphEntry<FactData>> {
  id: string;
  entry: F;
  kind: 'quoted' | 'derived';
  label: string;
  statement: string;
  value?: number | undefined;
  unit: string;
  qualifier: Qualifier;
  /** Decimal places of a derived figure: the one place this rule is decided. */
  decimals?: number | undefined;
  /** The figure in parts and as one string, e.g. `about 1,887 trains`; undefined without a value. */
  figure?: (FigureParts & { text: string }) | undefined;
  period?: string | undefined;
  note?: string | undefined;
  speaker?: { name: string; role: string } | undefined;
  /** The source it comes from (a derived fact: the source of its inputs). */
  source: string;
  /** A quoted fact's paragraph and verbatim passage. */
  paragraph?: ParagraphRef | undefined;
  passage?: string | undefined;
  /** The paragraphs it rests on: its own, or for a derived fact those of its inputs, in order. */
  paragraphs: ParagraphRef[];
  corridor?: string | undefined;
  places: string[];
  /** Countries of its places and any it names, sorted. */
  countries: string[];
  /** A derived fact's formula and its inputs, by the formula's names. */
  derivation?: { formula: string; inputs: { name: string; id: string }[] } | undefined;
  /** The facts derived from this one. */
  derivedInto: string[];
  /** Where a reader meets it in its source; derived facts after quoted ones, deeper derivations last. */
  position: ReadingPosition;
  /** The permanent page, without the base path: `facts/<id>/`. */
  path: string;
  /**
   * The page that holds its card: a corridor id, or `CONTEXT` for the home page; undefined when no page
   * places one, as for most facts once there are thousands: those live on their own pages and in the
   * facts explorer, and links to the fact go to its own page.
   */
  card?: string | undefined;
}

export interface ContentGraph<
  S extends GraphEntry<SourceData> = GraphEntry<SourceData>,
  F extends GraphEntry<FactData> = GraphEntry<FactData>,
  P extends GraphEntry<PlaceData> = GraphEntry<PlaceData>,
  C extends GraphEntry<CorridorData> = GraphEntry<CorridorData>,
  H extends GraphEntry<ChartData> = GraphEntry<ChartData>,
> {
  sources: readonly S[];
  places: readonly P[];
  /** In their navigation order. */
  corridors: readonly C[];
  charts: readonly H[];
  /** Every fact: by source (in the sources' order), then in reading order. */
  facts: readonly FactNode<F>[];
  source: ReadonlyMap<string, S>;
  place: ReadonlyMap<string, P>;
  corridor: ReadonlyMap<string, C>;
  chart: ReadonlyMap<string, H>;
  fact: ReadonlyMap<string, FactNode<F>>;
  /** Facts by source id, in reading order. */
  bySource: ReadonlyMap<string, readonly FactNode<F>[]>;
  /** Facts resting on each paragraph, by `paragraphKey(source, paragraph)`, in reading order. */
  byParagraph: ReadonlyMap<string, readonly FactNode<F>[]>;
  /** Facts by corridor id, and summit context (no corridor) under `CONTEXT`, in reading order. */
  byCorridor: ReadonlyMap<string, readonly FactNode<F>[]>;
  /** Facts naming each place, in reading order. */
  byPlace: ReadonlyMap<string, readonly FactNode<F>[]>;
  /** Charts drawing each fact. */
  chartsOf: ReadonlyMap<string, readonly string[]>;
  /** Where each fact is shown on the site. */
  appearances: ReadonlyMap<string, readonly Appearance[]>;
  /**
   * The facts each page shows (as a card, a figure in the text, a key figure or in a chart), by corridor id
   * and `CONTEXT` for the home page, in reading order: what a page's structured data describes, a curated
   * few however many facts its corridor has.
   */
  shownOn: ReadonlyMap<string, readonly FactNode<F>[]>;
}

/** The key of the summit context (facts with no corridor) in `byCorridor`. */
export const CONTEXT = '';

export function paragraphKey(source: string, paragraph: string): string {
  return `${source}#${paragraph}`;
}

/** A fact's permanent page, without the base path. */
export function factPagePath(id: string): string {
  return `facts/${id}/`;
}

/** The ids of the facts a chart draws, in its order. */
export function chartFactIds(chart: ChartData): string[] {
  if (chart.type === 'timeline') return chart.groups.map((group) => group.fact.id);
  return [...chart.series, ...chart.tableColumns].flatMap((column) => column.facts.map((f) => f.id));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

const LAST = Number.MAX_SAFE_INTEGER;

/** Builds the graph. Unknown ids are skipped here: `validateContent` reports them before a graph is built. */
export function buildGraph<
  S extends GraphEntry<SourceData>,
  F extends GraphEntry<FactData>,
  P extends GraphEntry<PlaceData>,
  C extends GraphEntry<CorridorData>,
  H extends GraphEntry<ChartData>,
>(input: GraphInput<S, F, P, C, H>, counter?: { steps: number }): ContentGraph<S, F, P, C, H> {
  const step = counter ? () => void counter.steps++ : () => undefined;
  const index = <T extends { id: string }>(entries: readonly T[]) => {
    const map = new Map<string, T>();
    for (const entry of entries) {
      step();
      map.set(entry.id, entry);
    }
    return map;
  };
  const source = index(input.sources);
  const place = index(input.places);
  const corridor = index(input.corridors);
  const chart = index(input.charts);
  const rawFact = index(input.facts);
  const paragraphText = new Map<string, { n: number; text: string }>();
  for (const s of input.sources) {
    for (const p of s.data.paragraphs) {
      step();
      paragraphText.set(paragraphKey(s.id, p.id), p);
    }
  }

  // Derivation depth and the paragraphs of derived facts, memoised: each fact is resolved once.
  const depth = new Map<string, number>();
  const restsOn = new Map<string, ParagraphRef[]>();
  const resolve = (entry: F, path: Set<string>): void => {
    if (depth.has(entry.id) || path.has(entry.id)) return;
    step();
    const { data } = entry;
    if (data.kind === 'quoted') {
      const p = paragraphText.get(paragraphKey(data.source.id, data.paragraph));
      depth.set(entry.id, 0);
      restsOn.set(entry.id, [{ id: data.paragraph, n: p?.n ?? LAST }]);
      return;
    }
    path.add(entry.id);
    let deepest = 0;
    const paragraphs = new Map<string, ParagraphRef>();
    for (const ref of Object.values(data.derivation.inputs)) {
      const inputFact = rawFact.get(ref.id);
      if (inputFact === undefined) continue;
      resolve(inputFact, path);
      deepest = Math.max(deepest, depth.get(ref.id) ?? 0);
      for (const p of restsOn.get(ref.id) ?? []) paragraphs.set(p.id, p);
    }
    path.delete(entry.id);
    depth.set(entry.id, deepest + 1);
    restsOn.set(
      entry.id,
      [...paragraphs.values()].sort((a, b) => a.n - b.n),
    );
  };

  const nodes: FactNode<F>[] = [];
  const fact = new Map<string, FactNode<F>>();
  const countryOf = (id: string) => place.get(id)?.data.country;
  for (const entry of input.facts) {
    step();
    resolve(entry, new Set());
    const { data } = entry;
    const decimals = data.kind === 'derived' ? data.derivation.decimals : undefined;
    const figure =
      data.value === undefined
        ? undefined
        : {
            ...figureParts(data.value, data.unit, data.qualifier, decimals),
            text: formatFigure(data.value, data.unit, data.qualifier, decimals),
          };
    const quotedParagraph =
      data.kind === 'quoted' ? paragraphText.get(paragraphKey(data.source.id, data.paragraph)) : undefined;
    const position: ReadingPosition =
      data.kind === 'quoted'
        ? [
            quotedParagraph?.n ?? LAST,
            quotedParagraph?.text.indexOf(data.passage) ?? 0,
            (data.value === undefined ? undefined : figureIndex(data.value, data.passage)) ?? data.passage.length,
          ]
        : [LAST, depth.get(entry.id) ?? 1, 0];
    const places = data.places.map((p) => p.id);
    const node: FactNode<F> = {
      id: entry.id,
      entry,
      kind: data.kind,
      label: data.label,
      statement: data.statement,
      value: data.value,
      unit: data.unit,
      qualifier: data.qualifier,
      decimals,
      figure,
      period: data.period,
      note: data.note,
      speaker: data.kind === 'quoted' ? data.speaker : undefined,
      source: data.source.id,
      paragraph: data.kind === 'quoted' ? { id: data.paragraph, n: quotedParagraph?.n ?? LAST } : undefined,
      passage: data.kind === 'quoted' ? data.passage : undefined,
      paragraphs: restsOn.get(entry.id) ?? [],
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
      derivedInto: [],
      position,
      path: factPagePath(entry.id),
    };
    nodes.push(node);
    fact.set(entry.id, node);
  }
  for (const node of nodes) {
    for (const { id } of node.derivation?.inputs ?? []) {
      step();
      fact.get(id)?.derivedInto.push(node.id);
    }
  }

  // Reading order: bucket by source and paragraph (derived facts in a bucket of their own per
  // source), sort within each bucket, then lay the buckets out in paragraph order.
  const buckets = new Map<string, FactNode<F>[]>();
  for (const node of nodes) {
    step();
    push(buckets, paragraphKey(node.source, node.paragraph?.id ?? '~derived'), node);
  }
  const ordered: FactNode<F>[] = [];
  const sourceOrder = [...input.sources.map((s) => s.id), ...new Set(nodes.map((n) => n.source))];
  for (const sourceId of new Set(sourceOrder)) {
    const paragraphs = source.get(sourceId)?.data.paragraphs ?? [];
    for (const key of [...paragraphs.map((p) => paragraphKey(sourceId, p.id)), paragraphKey(sourceId, '~derived')]) {
      step();
      const bucket = buckets.get(key);
      if (bucket === undefined) continue;
      bucket.sort((a, b) => {
        step();
        return compareReadingPositions(a.position, b.position);
      });
      ordered.push(...bucket);
      buckets.delete(key);
    }
  }
  // Facts whose paragraph is not in their source (reported by validation) go last, as found.
  for (const bucket of buckets.values()) ordered.push(...bucket);

  const bySource = new Map<string, FactNode<F>[]>();
  const byParagraph = new Map<string, FactNode<F>[]>();
  const byCorridor = new Map<string, FactNode<F>[]>();
  const byPlace = new Map<string, FactNode<F>[]>();
  for (const node of ordered) {
    step();
    push(bySource, node.source, node);
    push(byCorridor, node.corridor ?? CONTEXT, node);
    for (const p of node.places) push(byPlace, p, node);
    for (const p of node.paragraphs) push(byParagraph, paragraphKey(node.source, p.id), node);
  }

  const chartsOf = new Map<string, string[]>();
  const appearances = new Map<string, Appearance[]>();
  for (const c of input.charts) {
    for (const id of new Set(chartFactIds(c.data))) {
      step();
      push(chartsOf, id, c.id);
    }
  }
  const corridors = [...input.corridors].sort((a, b) => a.data.order - b.data.order);
  for (const c of corridors) {
    for (const ref of c.data.keyFacts) push(appearances, ref.id, { corridor: c.id, as: 'key-figure' });
    for (const ref of input.references?.get(c.id) ?? []) {
      step();
      if (ref.component === 'FactChart') {
        const drawn = chart.get(ref.id);
        for (const id of drawn ? new Set(chartFactIds(drawn.data)) : [])
          push(appearances, id, { corridor: c.id, section: ref.section, as: 'chart', chart: ref.id });
      } else {
        push(appearances, ref.id, {
          corridor: c.id,
          section: ref.section,
          as: ref.component === 'FactCard' ? 'card' : 'value',
        });
      }
    }
  }
  // Summit context is shown as cards on the home page.
  for (const node of byCorridor.get(CONTEXT) ?? []) push(appearances, node.id, { as: 'card' });
  const shownOn = new Map<string, FactNode<F>[]>();
  for (const node of ordered) {
    const seen = new Set<string>();
    for (const appearance of appearances.get(node.id) ?? []) {
      step();
      const page = appearance.corridor ?? CONTEXT;
      if (appearance.as === 'card') node.card ??= page;
      if (!seen.has(page)) push(shownOn, page, node);
      seen.add(page);
    }
  }

  return {
    sources: input.sources,
    places: input.places,
    corridors,
    charts: input.charts,
    facts: ordered,
    source,
    place,
    corridor,
    chart,
    fact,
    bySource,
    byParagraph,
    byCorridor,
    byPlace,
    chartsOf,
    appearances,
    shownOn,
  };
}
