/**
 * The content graph (src/lib/content/graph.ts), loaded once per build, and the lookups every other query
 * module starts from. Loading goes through `validateContent` first, so a page can never render content
 * that breaks a rule, and no page re-derives what the graph has normalised. What pages ask of facts,
 * places, sources, charts, search and the explorer is in the modules beside this one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph } from '@/lib/content/build-graph.ts';
import { CONTEXT, type ContentGraph, type FactNode } from '@/lib/content/graph.ts';
import { contentDir } from '@/lib/content/content-dir.ts';
import { sameGraphInputs, type GraphInputs } from '@/lib/content/graph-inputs.ts';
import { mdxReferences, type MdxReference } from '@/lib/content/mdx-references.ts';
import { shared } from '@/lib/content/process-shared.ts';
import { contentRead, unreadableContent } from '@/lib/content/unreadable.ts';
import { ContentError, validateContent } from '@/lib/content/validate.ts';

export type Corridor = CollectionEntry<'corridors'>;
export type Place = CollectionEntry<'places'>;
export type Source = CollectionEntry<'sources'>;
export type Chart = CollectionEntry<'charts'>;
/** A fact as the graph normalises it; its entry is `fact.entry`. */
export type Fact = FactNode<CollectionEntry<'facts'>>;
/** The graph's entries: the content collections' own. */
interface Collections {
  source: Source;
  fact: CollectionEntry<'facts'>;
  place: Place;
  corridor: Corridor;
  chart: Chart;
}
export type Graph = ContentGraph<Collections>;

let loaded: Promise<Graph> | undefined;

/**
 * The last graph this process built and what it was built from, kept when `astro dev` runs this module
 * again for the same content (src/lib/content/graph-inputs.ts): in a registry that outlives the module.
 */
const lastGraph = () => shared<'graph', { inputs: GraphInputs; graph: Graph }>('content-graph');

/**
 * The last graph if it was built from the same inputs; otherwise it is let go before a new one is
 * built, rather than kept beside it until the new one takes its place.
 */
function keptGraph(inputs: GraphInputs): Graph | undefined {
  const last = lastGraph().get('graph');
  if (last !== undefined && sameGraphInputs(last.inputs, inputs)) return last.graph;
  lastGraph().delete('graph');
  return undefined;
}

/** The components each corridor page places, read from its file so lines match what the author sees. */
function readReferences(corridors: readonly Corridor[]): Map<string, MdxReference[]> {
  return new Map(
    corridors.map((c) => {
      const text = c.filePath ? readFileSync(resolve(process.cwd(), c.filePath), 'utf8') : (c.body ?? '');
      return [c.id, mdxReferences(text)];
    }),
  );
}

async function load(): Promise<Graph> {
  const started = performance.now();
  const [corridors, facts, places, sources, charts] = await Promise.all([
    getCollection('corridors'),
    getCollection('facts'),
    getCollection('places'),
    getCollection('sources'),
    getCollection('charts'),
  ]);
  const references = readReferences(corridors);
  // The code too, so an edit to it builds again: the functions of an edited module and of those that
  // import it are new, and this module's own two are compared by their text. The corridor files are
  // read as they are now, which may be ahead of their entries (Vite reloads an MDX page at once).
  const inputs: GraphInputs = {
    collections: [corridors, facts, places, sources, charts],
    rest: [
      validateContent,
      buildGraph,
      mdxReferences,
      String(load),
      String(readReferences),
      JSON.stringify([...references]),
    ],
  };
  const ms = (from: number, to: number) => Math.round(to - from);
  const read = performance.now();
  const kept = keptGraph(inputs);
  if (kept !== undefined) {
    console.info(
      `[content] ${facts.length} facts from ${sources.length} sources: read in ${ms(started, read)} ms, unchanged: the graph kept`,
    );
    return kept;
  }
  const problems = validateContent({ corridors, facts, places, sources, charts, references, contentDir: contentDir() });
  if (problems.length > 0) throw new ContentError(`The content breaks ${problems.length} rule(s):`, problems);
  const checked = performance.now();
  const graph = buildGraph<Collections>({ corridors, facts, places, sources, charts, references });
  lastGraph().set('graph', { inputs, graph });
  // One line per build, which the scale benchmark (scripts/scale-bench.ts) reads as its "validate" stage.
  console.info(
    `[content] ${facts.length} facts from ${sources.length} sources: read in ${ms(started, read)} ms, checked in ${ms(read, checked)} ms, graph built in ${ms(checked, performance.now())} ms`,
  );
  return graph;
}

/** The content graph, built once per build (in `astro dev`, again after each change to the content). */
export async function getGraph(): Promise<Graph> {
  // A folder `astro dev` could not read after a save: every page says so until it is fixed, and a page
  // asked for while a save is read waits for the read.
  await contentRead();
  const unreadable = unreadableContent();
  if (unreadable !== undefined) throw unreadable as Error;
  loaded ??= load();
  return loaded;
}

/** `value`, or an error naming what is missing: the ids pages ask for are checked before a graph is built. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}`);
  return value;
}

export async function getCorridors(): Promise<readonly Corridor[]> {
  return (await getGraph()).corridors;
}

export async function getSources(): Promise<readonly Source[]> {
  return (await getGraph()).sources;
}

export async function getSource(id: string): Promise<Source> {
  return required((await getGraph()).source.get(id), `source "${id}"`);
}

/** Every fact, by source and in reading order. */
export async function getFacts(): Promise<readonly Fact[]> {
  return (await getGraph()).facts;
}

export async function getFact(id: string): Promise<Fact> {
  return required((await getGraph()).fact.get(id), `fact "${id}"`);
}

/** The facts of a corridor, or with no id the summit context of the home page, in the order the source gives them. */
export async function getFactsOf(corridorId: string | undefined): Promise<readonly Fact[]> {
  return (await getGraph()).byCorridor.get(corridorId ?? CONTEXT) ?? [];
}

/** The facts a corridor page (or with no id the home page) shows, in reading order: those its author placed. */
export async function getFactsShownOn(corridorId: string | undefined): Promise<readonly Fact[]> {
  return (await getGraph()).shownOn.get(corridorId ?? CONTEXT) ?? [];
}

export async function getPlaces(ids: readonly (string | { id: string })[]): Promise<Place[]> {
  const { place } = await getGraph();
  return ids.map((ref) => {
    const id = typeof ref === 'string' ? ref : ref.id;
    return required(place.get(id), `place "${id}"`);
  });
}

/** Every place, in the order the places file gives them. */
export async function getAllPlaces(): Promise<readonly Place[]> {
  return (await getGraph()).places;
}

export async function getCharts(): Promise<readonly Chart[]> {
  return (await getGraph()).charts;
}
