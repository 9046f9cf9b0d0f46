/**
 * Every content query the pages use. Loading goes through `validateContent`
 * once per build, so a page can never render content that breaks a rule.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedTitle } from '@/lib/cite';
import { buildChartModel, toChartFact, type ChartModel } from '@/lib/charts';
import { computeFormula, describeFormula, FORMULAS } from '@/lib/derive';
import { figureParts, formatFigure } from '@/lib/format';
import { factPath, paragraphPath } from '@/lib/links';
import { factRecord, paragraphRecord, type SearchRecord } from '@/lib/search-records';
import { figureIndex } from '@/lib/figures';
import { primaryFactByPlace } from '@/lib/primary-facts';
import { compareReadingPositions, readingPosition, type ReadingPosition } from '@/lib/reading-order';
import { formatProblems, validateContent } from '@/lib/validate';

export type Corridor = CollectionEntry<'corridors'>;
export type Fact = CollectionEntry<'facts'>;
export type Place = CollectionEntry<'places'>;
export type Source = CollectionEntry<'sources'>;
export type Chart = CollectionEntry<'charts'>;
export type DerivedFact = Fact & { data: Extract<Fact['data'], { kind: 'derived' }> };

interface Content {
  corridors: Corridor[];
  facts: Fact[];
  places: Place[];
  sources: Source[];
  charts: Chart[];
}

let loaded: Promise<Content> | undefined;

async function load(): Promise<Content> {
  const [corridors, facts, places, sources, charts] = await Promise.all([
    getCollection('corridors'),
    getCollection('facts'),
    getCollection('places'),
    getCollection('sources'),
    getCollection('charts'),
  ]);
  const problems = validateContent({ corridors, facts, places, sources, charts });
  if (problems.length > 0) {
    throw new Error(`The content breaks ${problems.length} rule(s):\n${formatProblems(problems)}`);
  }
  corridors.sort((a, b) => a.data.order - b.data.order);
  return { corridors, facts, places, sources, charts };
}

function content(): Promise<Content> {
  loaded ??= load();
  return loaded;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}`);
  return value;
}

export async function getCorridors(): Promise<Corridor[]> {
  return (await content()).corridors;
}

export async function getSources(): Promise<Source[]> {
  return (await content()).sources;
}

export async function getSource(id: string): Promise<Source> {
  return required(
    (await content()).sources.find((s) => s.id === id),
    `source "${id}"`,
  );
}

export async function getFacts(): Promise<Fact[]> {
  return (await content()).facts;
}

export async function getFact(id: string): Promise<Fact> {
  return required(
    (await content()).facts.find((f) => f.id === id),
    `fact "${id}"`,
  );
}

/** The facts a page shows, in the order the source gives them: a corridor's, or with no id the summit context of the home page. */
export async function getFactsOf(corridorId: string | undefined): Promise<Fact[]> {
  const { facts, sources } = await content();
  return inReadingOrder(
    facts.filter((f) => f.data.corridor?.id === corridorId),
    facts,
    sources,
  );
}

/**
 * Where a fact stands in its source. A derived fact comes after every quoted one and after the derived
 * facts it rests on: its position is the number of derivation steps between it and the article.
 */
function factPosition(fact: Fact, facts: readonly Fact[], sources: readonly Source[]): ReadingPosition {
  const last = Number.MAX_SAFE_INTEGER;
  if (fact.data.kind === 'derived') return [last, derivationDepth(fact, facts), 0];
  const { paragraph, passage, value } = fact.data;
  const text = sources.find((s) => s.id === fact.data.source.id)?.data.paragraphs.find((p) => p.id === paragraph);
  return readingPosition(text ?? { n: last, text: '' }, passage, value);
}

/** 0 for a quoted fact, 1 for one derived from quoted facts, 2 for one derived from those, and so on. */
function derivationDepth(fact: Fact, facts: readonly Fact[]): number {
  if (fact.data.kind !== 'derived') return 0;
  const inputs = Object.values(fact.data.derivation.inputs).flatMap((ref) => facts.find((f) => f.id === ref.id) ?? []);
  return 1 + Math.max(0, ...inputs.map((input) => derivationDepth(input, facts)));
}

/** Facts in the order a reader meets them in the source, quoted ones first, then derived ones after their inputs. */
function inReadingOrder(list: readonly Fact[], facts: readonly Fact[], sources: readonly Source[]): Fact[] {
  return list
    .map((fact) => ({ fact, at: factPosition(fact, facts, sources) }))
    .sort((a, b) => compareReadingPositions(a.at, b.at))
    .map(({ fact }) => fact);
}

export async function getPlaces(ids: readonly { id: string }[]): Promise<Place[]> {
  const { places } = await content();
  return ids.map(({ id }) =>
    required(
      places.find((p) => p.id === id),
      `place "${id}"`,
    ),
  );
}

export function isDerived(fact: Fact): fact is DerivedFact {
  return fact.data.kind === 'derived';
}

/** The fact's figure in clean English, or undefined for a fact without a number. */
export function factFigure(fact: Fact): string | undefined {
  const { value, unit, qualifier } = fact.data;
  if (value === undefined) return undefined;
  return formatFigure(value, unit, qualifier, isDerived(fact) ? fact.data.derivation.decimals : undefined);
}

/** Where the fact is shown on the site. */
export function factHref(fact: Fact): string {
  return factPath(import.meta.env.BASE_URL, { id: fact.id, corridor: fact.data.corridor?.id });
}

/** The paragraphs a fact rests on: its own, or for a derived fact those of its inputs. */
export async function paragraphsOf(fact: Fact): Promise<string[]> {
  if (fact.data.kind === 'quoted') return [fact.data.paragraph];
  const inputs = await Promise.all(Object.values(fact.data.derivation.inputs).map((ref) => getFact(ref.id)));
  const nested = await Promise.all(inputs.map(paragraphsOf));
  return [...new Set(nested.flat())].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

export function paragraphHref(sourceId: string, paragraphId: string): string {
  return paragraphPath(import.meta.env.BASE_URL, sourceId, paragraphId);
}

/** The facts resting on each paragraph of a source, quoted ones first. */
export async function getFactsByParagraph(sourceId: string): Promise<Map<string, Fact[]>> {
  const facts = (await content()).facts.filter((f) => f.data.source.id === sourceId);
  const byParagraph = new Map<string, Fact[]>();
  for (const fact of facts) {
    for (const paragraph of await paragraphsOf(fact)) {
      byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), fact]);
    }
  }
  // In reading order: quoted facts as the paragraph gives them, derived facts after them and their inputs.
  const { facts: all, sources } = await content();
  for (const [paragraph, list] of byParagraph) byParagraph.set(paragraph, inReadingOrder(list, all, sources));
  return byParagraph;
}

export interface Derivation {
  /** The formula with each input's number: "2,129 ÷ (1 + 12.82 ÷ 100)". */
  expression: string;
  /** The input facts, to link to. */
  inputs: Fact[];
  /** The formula's name, e.g. `prior-from-growth`. */
  formula: keyof typeof FORMULAS;
  /** The unrounded result. */
  computed: number;
  /** Whether the stated value is the result itself rather than a rounding of it. */
  exact: boolean;
}

export async function getDerivation(fact: DerivedFact): Promise<Derivation> {
  const { formula, inputs } = fact.data.derivation;
  const entries = await Promise.all(
    Object.entries(inputs).map(async ([name, ref]) => [name, await getFact(ref.id)] as const),
  );
  const shown = Object.fromEntries(
    entries.map(([name, input]) => [name, figureParts(input.data.value ?? Number.NaN).number]),
  );
  const values = Object.fromEntries(entries.map(([name, input]) => [name, input.data.value ?? Number.NaN]));
  const computed = computeFormula(formula, values);
  return {
    expression: describeFormula(formula, shown),
    inputs: entries.map(([, input]) => input),
    formula,
    computed,
    exact: computed === fact.data.value,
  };
}

export async function getCharts(): Promise<Chart[]> {
  return (await content()).charts;
}

/** The model a chart's canvas, table, description and CSV are all drawn from. */
export async function getChartModel(id: string): Promise<ChartModel> {
  const { charts, facts, places } = await content();
  const chart = required(
    charts.find((c) => c.id === id),
    `chart "${id}"`,
  );
  return buildChartModel(chart.id, chart.data, {
    fact: (factId) => {
      const fact = facts.find((f) => f.id === factId);
      return fact && toChartFact(fact, factHref(fact));
    },
    place: (placeId) => {
      const place = places.find((p) => p.id === placeId);
      return place && { id: place.id, name: place.data.name, country: place.data.country };
    },
  });
}

/** The countries a fact concerns: those of its places and any it names. */
export async function countriesOf(fact: Fact): Promise<string[]> {
  const places = await getPlaces(fact.data.places);
  return [...new Set([...places.map((p) => p.data.country), ...fact.data.countries])].sort();
}

/** Where a quoted fact stands in its source: its paragraph, then its figure (or passage) within it. */
function positionInSource(fact: Fact, sources: readonly Source[]): number {
  if (fact.data.kind !== 'quoted') return Number.MAX_SAFE_INTEGER;
  const { paragraph, passage } = fact.data;
  const text = sources.find((s) => s.id === fact.data.source.id)?.data.paragraphs.find((p) => p.id === paragraph);
  const start = text?.text.indexOf(passage) ?? 0;
  const figure = fact.data.value === undefined ? undefined : figureIndex(fact.data.value, passage);
  return (text?.n ?? 0) * 1_000_000 + start + (figure ?? 0);
}

/** Every search record that is not a page: one per fact, one per source paragraph. */
export async function getSearchRecords(): Promise<SearchRecord[]> {
  const { facts, corridors, sources } = await content();
  const primary = primaryFactByPlace(
    facts.map((fact) => ({
      id: fact.id,
      quoted: fact.data.kind === 'quoted',
      places: fact.data.places.map((p) => p.id),
      hasValue: fact.data.value !== undefined,
      position: positionInSource(fact, sources),
    })),
  );
  const corridorOf = (id: string | undefined) => {
    const corridor = corridors.find((c) => c.id === id);
    return corridor && { id: corridor.id, name: corridor.data.shortTitle };
  };
  const factRecords = await Promise.all(
    facts.map(async (fact) => {
      const { data } = fact;
      return factRecord({
        id: fact.id,
        url: factPath('/', { id: fact.id, corridor: data.corridor?.id }),
        label: data.label,
        statement: data.statement,
        figure: factFigure(fact),
        value: data.value,
        period: data.period,
        corridor: corridorOf(data.corridor?.id),
        speaker: data.kind === 'quoted' ? data.speaker : undefined,
        places: (await getPlaces(data.places)).map((p) => ({ ...p.data, primary: primary.get(p.id) === fact.id })),
        countries: data.countries,
        derived: isDerived(fact),
      });
    }),
  );
  const paragraphRecords = await Promise.all(
    sources.flatMap((source) =>
      source.data.paragraphs.map(async (paragraph) => {
        const taken = (await getFactsByParagraph(source.id)).get(paragraph.id) ?? [];
        return paragraphRecord({
          url: paragraphPath('/', source.id, paragraph.id),
          n: paragraph.n,
          text: paragraph.text,
          notes: source.data.notes.filter((n) => n.paragraph === paragraph.id).map((n) => `“${n.passage}”: ${n.note}`),
          sourceTitle: citedTitle(source.data),
          corridors: taken.flatMap((f) => corridorOf(f.data.corridor?.id) ?? []),
          countries: (await Promise.all(taken.map(countriesOf))).flat(),
        });
      }),
    ),
  );
  return [...factRecords, ...paragraphRecords];
}
