/**
 * The content graph: every entry indexed once per build, and every fact normalised once — its figure,
 * decimals, paragraph references, source, inputs and the facts derived from it, where the site shows it.
 * Pages, charts, CSV, search records, structured data and downloads read these; none re-derives them.
 * This says what the graph holds; src/lib/content/build-graph.ts builds it.
 */
import type { ChartData } from '@/schemas/chart.ts';
import type { CorridorData } from '@/schemas/corridor.ts';
import type { FactData } from '@/schemas/fact.ts';
import type { PlaceData } from '@/schemas/place.ts';
import type { SourceData } from '@/schemas/source.ts';
import type { Entry } from './entry.ts';
import type { FigureParts } from '../text/format.ts';
import type { Qualifier } from './figures.ts';
import type { MdxReference, Section } from './mdx-references.ts';
import type { EditorialNote, Paragraph } from './paragraphs.ts';
import type { ReadingPosition } from './reading-order.ts';

/**
 * The entry types a graph is built from, by collection: the content collections' own at build time
 * (src/data/content.ts), plain `Entry`s in tests. The graph hands back the types it was given.
 */
export interface GraphEntries {
  source: Entry<SourceData>;
  fact: Entry<FactData>;
  place: Entry<PlaceData>;
  corridor: Entry<CorridorData>;
  chart: Entry<ChartData>;
}

export interface GraphInput<E extends GraphEntries = GraphEntries> {
  sources: readonly E['source'][];
  facts: readonly E['fact'][];
  places: readonly E['place'][];
  corridors: readonly E['corridor'][];
  charts: readonly E['chart'][];
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

/** A source paragraph with the editorial notes on its words. */
export interface IndexedParagraph {
  source: string;
  paragraph: Paragraph;
  notes: EditorialNote[];
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
export interface FactNode<F extends Entry<FactData> = Entry<FactData>> {
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
  /**
   * The page that holds its card: a corridor id, or `CONTEXT` for the home page; undefined when no page
   * places one, as for most facts once there are thousands: those live on their own pages and in the
   * facts explorer, and links to the fact go to its own page (src/lib/site/links.ts, `factPath`).
   */
  card?: string | undefined;
}

export interface ContentGraph<E extends GraphEntries = GraphEntries> {
  sources: readonly E['source'][];
  places: readonly E['place'][];
  /** In their navigation order. */
  corridors: readonly E['corridor'][];
  charts: readonly E['chart'][];
  /** Every fact: by source (in the sources' order), then in reading order. */
  facts: readonly FactNode<E['fact']>[];
  source: ReadonlyMap<string, E['source']>;
  place: ReadonlyMap<string, E['place']>;
  corridor: ReadonlyMap<string, E['corridor']>;
  chart: ReadonlyMap<string, E['chart']>;
  fact: ReadonlyMap<string, FactNode<E['fact']>>;
  /** Every source paragraph with its editorial notes, by `paragraphKey(source, paragraph)`. */
  paragraph: ReadonlyMap<string, IndexedParagraph>;
  /** Facts by source id, in reading order. */
  bySource: ReadonlyMap<string, readonly FactNode<E['fact']>[]>;
  /** Facts resting on each paragraph, by `paragraphKey(source, paragraph)`, in reading order. */
  byParagraph: ReadonlyMap<string, readonly FactNode<E['fact']>[]>;
  /** Facts by corridor id, and summit context (no corridor) under `CONTEXT`, in reading order. */
  byCorridor: ReadonlyMap<string, readonly FactNode<E['fact']>[]>;
  /** Facts naming each place, in reading order. */
  byPlace: ReadonlyMap<string, readonly FactNode<E['fact']>[]>;
  /** The corridors whose pages list each place, in navigation order. */
  corridorsByPlace: ReadonlyMap<string, readonly E['corridor'][]>;
  /** Charts drawing each fact. */
  chartsOf: ReadonlyMap<string, readonly string[]>;
  /** Where each fact is shown on the site. */
  appearances: ReadonlyMap<string, readonly Appearance[]>;
  /**
   * The facts each page shows (as a card, a figure in the text, a key figure or in a chart), by corridor id
   * and `CONTEXT` for the home page, in reading order: what a page's structured data describes, a curated
   * few however many facts its corridor has.
   */
  shownOn: ReadonlyMap<string, readonly FactNode<E['fact']>[]>;
}

/** The key of the summit context (facts with no corridor) in `byCorridor`. */
export const CONTEXT = '';

export function paragraphKey(source: string, paragraph: string): string {
  return `${source}#${paragraph}`;
}
