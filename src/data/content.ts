/**
 * Every content query the pages use, answered from one content graph (src/lib/content/graph.ts) built once per
 * build. Loading goes through `validateContent` first, so a page can never render content that breaks a
 * rule, and no page re-derives what the graph has normalised.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedTitle, fullCitation, shortCitation } from '@/lib/content/cite.ts';
import { buildChartModel, type ChartFact, type ChartModel } from '@/lib/charts/charts.ts';
import { computeFormula, describeFormula, type FORMULAS } from '@/lib/content/derive.ts';
import { explorerData } from '@/lib/explorer/explorer-data.ts';
import { SUMMIT_NAME, type ExplorerData } from '@/lib/explorer/facts-explorer.ts';
import { figureParts } from '@/lib/text/format.ts';
import { paragraphMark } from '@/lib/content/paragraphs.ts';
import { notesTouching, splitAtPassage, type PassageSplit } from '@/lib/content/passage.ts';
import { spellingStatements, statementsOf, type FieldStatement } from '@/lib/content/place-fields.ts';
import type { StatedField } from '@/schemas/place.ts';
import type { SourceData } from '@/schemas/source.ts';
import {
  buildGraph,
  CONTEXT,
  paragraphKey,
  type ContentGraph,
  type FactNode,
  type ParagraphRef,
} from '@/lib/content/graph.ts';
import { contentDir } from '@/lib/content/content-dir.ts';
import { absoluteUrl, factPath, paragraphPath, placePath, sourcePath, withBase } from '@/lib/site/links.ts';
import type { DatasetFact, SourceRef } from '@/lib/site/structured-data.ts';
import { mdxReferences, type MdxReference } from '@/lib/content/mdx-references.ts';
import {
  factSection,
  groupSections,
  paragraphSection,
  placeRecord,
  searchedPagePaths,
  type SearchRecord,
} from '@/lib/search/search-records.ts';
import { ContentError, validateContent } from '@/lib/content/validate.ts';
import { siteConfig } from '@/site.config.ts';

export type Corridor = CollectionEntry<'corridors'>;
export type Place = CollectionEntry<'places'>;
export type Source = CollectionEntry<'sources'>;
export type Chart = CollectionEntry<'charts'>;
/** A fact as the graph normalises it; its entry is `fact.entry`. */
export type Fact = FactNode<CollectionEntry<'facts'>>;
export type Graph = ContentGraph<Source, CollectionEntry<'facts'>, Place, Corridor, Chart>;

let loaded: Promise<Graph> | undefined;

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
  const read = performance.now();
  const problems = validateContent({ corridors, facts, places, sources, charts, references, contentDir: contentDir() });
  if (problems.length > 0) throw new ContentError(`The content breaks ${problems.length} rule(s):`, problems);
  const checked = performance.now();
  const graph = buildGraph({ corridors, facts, places, sources, charts, references });
  // One line per build, which the scale benchmark (scripts/scale-bench.ts) reads as its "validate" stage.
  const ms = (from: number, to: number) => Math.round(to - from);
  console.info(
    `[content] ${facts.length} facts from ${sources.length} sources: read in ${ms(started, read)} ms, checked in ${ms(read, checked)} ms, graph built in ${ms(checked, performance.now())} ms`,
  );
  return graph;
}

/** The content graph, built once per build. */
export function getGraph(): Promise<Graph> {
  loaded ??= load();
  return loaded;
}

function required<T>(value: T | undefined, what: string): T {
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

/** A source's title as citations and paragraph links write it (`citedTitle`). */
export async function getSourceTitle(id: string): Promise<string> {
  return citedTitle((await getSource(id)).data);
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

let sourcesByPage: Promise<Map<string, ReadonlySet<string>>> | undefined;

/**
 * Whether a fact card's "Source ¶n" must name its source: when the page holding the card shows facts
 * of more than one source, "Source" alone would not say which. Worked out once per build, per page.
 */
export async function cardNamesSource(fact: Fact): Promise<boolean> {
  sourcesByPage ??= getGraph().then(
    (graph) => new Map([...graph.shownOn].map(([page, facts]) => [page, new Set(facts.map((f) => f.source))])),
  );
  return ((await sourcesByPage).get(fact.card ?? '')?.size ?? 1) > 1;
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

export async function getPlace(id: string): Promise<Place> {
  return required((await getGraph()).place.get(id), `place "${id}"`);
}

/** What each kind of place is, in words. */
export const PLACE_KINDS: Record<Place['data']['kind'], string> = {
  capital: 'Capital city',
  city: 'City',
  // The article's “Railway Port”; that the two are on the border is public context, said in the text.
  'railway-port': 'Railway port',
  seaport: 'Seaport',
};

/** Where a source gives a field of a place: its passage, and the paragraph's mark and link. */
export interface PlaceFieldSource {
  passage: string;
  mark: string;
  href: string;
  /** The source's title as citations write it, e.g. `[China and Central Asia …]`. */
  sourceTitle: string;
}

/** A statement of a place's field as pages show it: the passage, with its paragraph's mark and link. */
async function fieldSource(statement: FieldStatement): Promise<PlaceFieldSource> {
  const source = await getSource(statement.source);
  const n = source.data.paragraphs.find((p) => p.id === statement.paragraph)?.n ?? 0;
  return {
    passage: statement.passage,
    mark: paragraphMark({ n }),
    href: paragraphHref(source.id, statement.paragraph),
    sourceTitle: citedTitle(source.data),
  };
}

/**
 * Where the sources give a place's country, region or kind, each with its passage and paragraph; an
 * empty list means the field is public context (src/lib/content/place-fields.ts).
 */
export async function placeFieldSources(place: Place, field: StatedField): Promise<PlaceFieldSource[]> {
  return Promise.all(statementsOf(place.data, field).map(fieldSource));
}

/** A place's other spelling, with where the sources write it; none: it is public context. */
export interface PlaceSpelling {
  name: string;
  note: string | undefined;
  sources: PlaceFieldSource[];
}

/** A place's other spellings, each the sources' own where a source's text writes it (src/lib/content/place-fields.ts). */
export async function placeSpellings(place: Place): Promise<PlaceSpelling[]> {
  const texts = (await getGraph()).sources.map((source) => ({ id: source.id, paragraphs: source.data.paragraphs }));
  return Promise.all(
    place.data.altNames.map(async (alt) => ({
      name: alt.name,
      note: alt.note,
      sources: await Promise.all(spellingStatements(alt.name, texts).map(fieldSource)),
    })),
  );
}

/** The corridors whose pages list a place, in navigation order. */
export async function corridorsOf(placeId: string): Promise<Corridor[]> {
  return (await getCorridors()).filter((c) => c.data.places.some((p) => p.id === placeId));
}

/** Every fact naming a place, in reading order. */
export async function factsAbout(placeId: string): Promise<readonly Fact[]> {
  return (await getGraph()).byPlace.get(placeId) ?? [];
}

/** A place's page. */
export function placeHref(placeId: string): string {
  return placePath(import.meta.env.BASE_URL, placeId);
}

export function isDerived(fact: Fact): boolean {
  return fact.kind === 'derived';
}

/** The fact's figure in clean English, or undefined for a fact without a number. */
export function factFigure(fact: Fact): string | undefined {
  return fact.figure?.text;
}

/** The fact's permanent page. */
export function factPageHref(fact: Pick<Fact, 'path'>): string {
  return withBase(import.meta.env.BASE_URL, fact.path);
}

/**
 * The fact's card on the page that tells its story (its corridor's page, or the home page for summit
 * context), or its own page when no page places a card for it.
 */
export function factHref(fact: Pick<Fact, 'id' | 'card'>): string {
  return factPath(import.meta.env.BASE_URL, fact);
}

export function paragraphHref(sourceId: string, paragraphId: string): string {
  return paragraphPath(import.meta.env.BASE_URL, sourceId, paragraphId);
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
  /** The result as shown, at the fact's decimals: "1,887". */
  result: string;
  /** "2,129 ÷ (1 + 12.82 ÷ 100) ≈ 1,887". */
  equation: string;
}

export async function getDerivation(fact: Fact): Promise<Derivation | undefined> {
  if (fact.derivation === undefined) return undefined;
  const graph = await getGraph();
  const formula = fact.derivation.formula as keyof typeof FORMULAS;
  const entries = fact.derivation.inputs.map(
    ({ name, id }) => [name, required(graph.fact.get(id), `fact "${id}"`)] as const,
  );
  const shown = Object.fromEntries(entries.map(([name, input]) => [name, input.figure?.number ?? '?']));
  const values = Object.fromEntries(entries.map(([name, input]) => [name, input.value ?? Number.NaN]));
  const computed = computeFormula(formula, values);
  const exact = computed === fact.value;
  const expression = describeFormula(formula, shown);
  const result = figureParts(fact.value ?? Number.NaN, '', 'exact', fact.decimals).number;
  return {
    expression,
    inputs: entries.map(([, input]) => input),
    formula,
    computed,
    exact,
    result,
    equation: `${expression} ${exact ? '=' : '≈'} ${result}`,
  };
}

/** A fact's permanent address and its ready-to-paste citations. */
export interface Citations {
  url: string;
  short: string;
  full: string;
}

/** How a fact is cited, on its card and on its page alike: the one place a citation is composed. */
export async function getCitations(fact: Fact, site: URL | undefined): Promise<Citations> {
  const source = await getSource(fact.source);
  const derivation = await getDerivation(fact);
  const input = {
    statement: fact.statement,
    label: fact.label,
    url: absoluteUrl(factPageHref(fact), site),
    siteName: siteConfig.title,
    source: {
      title: source.data.title,
      titleIsDescriptive: source.data.titleIsDescriptive,
      kind: source.data.kind,
      date: source.data.citeDate,
    },
    paragraphs: fact.paragraphs.map((p) => p.n),
    derivation: derivation?.equation,
  };
  return { url: input.url, short: shortCitation(input), full: fullCitation(input) };
}

export async function getCharts(): Promise<readonly Chart[]> {
  return (await getGraph()).charts;
}

/** What a chart needs of a fact. */
export function toChartFact(fact: Fact): ChartFact {
  return {
    id: fact.id,
    label: fact.label,
    value: fact.value,
    unit: fact.unit,
    qualifier: fact.qualifier,
    kind: fact.kind,
    decimals: fact.decimals,
    period: fact.period,
    href: factHref(fact),
    page: factPageHref(fact),
  };
}

/** The model a chart's canvas, table, description and CSV are all drawn from. */
export async function getChartModel(id: string): Promise<ChartModel> {
  const graph = await getGraph();
  const chart = required(graph.chart.get(id), `chart "${id}"`);
  return buildChartModel(chart.id, chart.data, {
    fact: (factId) => {
      const fact = graph.fact.get(factId);
      return fact && toChartFact(fact);
    },
    place: (placeId) => {
      const place = graph.place.get(placeId);
      return place && { id: place.id, name: place.data.name, country: place.data.country };
    },
  });
}

type Paragraph = SourceData['paragraphs'][number];
type EditorialNote = SourceData['notes'][number];
let paragraphIndex: Promise<Map<string, { paragraph: Paragraph; notes: EditorialNote[] }>> | undefined;

/** Every source paragraph with its editorial notes, by `paragraphKey`, indexed once. */
function getParagraphIndex(): Promise<Map<string, { paragraph: Paragraph; notes: EditorialNote[] }>> {
  paragraphIndex ??= getGraph().then((graph) => {
    const index = new Map<string, { paragraph: Paragraph; notes: EditorialNote[] }>();
    for (const source of graph.sources) {
      for (const paragraph of source.data.paragraphs)
        index.set(paragraphKey(source.id, paragraph.id), { paragraph, notes: [] });
      for (const note of source.data.notes) index.get(paragraphKey(source.id, note.paragraph))?.notes.push(note);
    }
    return index;
  });
  return paragraphIndex;
}

/** A quoted fact's passage where it stands. */
export interface QuotedPassage {
  /** The whole paragraph, verbatim. */
  paragraph: Paragraph;
  /** The paragraph cut around the passage. */
  split: PassageSplit;
  /** The paragraph's editorial notes on words of the passage. */
  notes: EditorialNote[];
  /** The paragraph on its source's page. */
  href: string;
}

/** A quoted fact's passage inside its source paragraph; undefined for a derived fact. */
export async function getQuotedPassage(fact: Fact): Promise<QuotedPassage | undefined> {
  if (fact.paragraph === undefined || fact.passage === undefined) return undefined;
  const found = (await getParagraphIndex()).get(paragraphKey(fact.source, fact.paragraph.id));
  const paragraph = required(found?.paragraph, `paragraph "${fact.paragraph.id}" of source "${fact.source}"`);
  const split = required(splitAtPassage(paragraph.text, fact.passage), `passage of fact "${fact.id}" in its paragraph`);
  return {
    paragraph,
    split,
    notes: notesTouching(paragraph.text, split, found?.notes ?? []),
    href: paragraphHref(fact.source, paragraph.id),
  };
}

const searchedPages = new Map<string, Promise<readonly string[]>>();

/**
 * The pages search indexes whole (`searchedPagePaths`), under `base`: `/` for the index, the site's base
 * for BaseLayout, which asks on every page; worked out once a base.
 */
export function getSearchedPages(base: string): Promise<readonly string[]> {
  let pages = searchedPages.get(base);
  if (pages === undefined) {
    pages = getCorridors().then((corridors) =>
      searchedPagePaths(
        base,
        corridors.map((c) => c.id),
      ),
    );
    searchedPages.set(base, pages);
  }
  return pages;
}

/** Every search record that is not a page: one per place, one per group of facts or paragraphs (`groupSections`). */
export async function getSearchRecords(): Promise<SearchRecord[]> {
  const graph = await getGraph();
  const corridorOf = (id: string | undefined) => {
    const corridor = id === undefined ? undefined : graph.corridor.get(id);
    return corridor && { id: corridor.id, name: corridor.data.shortTitle };
  };
  const factSections = graph.facts.map((fact) =>
    factSection({
      id: fact.id,
      source: fact.source,
      url: `/${fact.path}`,
      label: fact.label,
      statement: fact.statement,
      figure: fact.figure?.text,
      value: fact.value,
      period: fact.period,
      corridor: corridorOf(fact.corridor),
      speaker: fact.speaker,
      places: fact.places.flatMap((id) => {
        const place = graph.place.get(id);
        return place ? [place.data] : [];
      }),
      countries: fact.countries,
      derived: fact.kind === 'derived',
    }),
  );
  // Each place's corridors, in navigation order, found in one pass over the corridors.
  const corridorsByPlace = new Map<string, Corridor[]>();
  for (const corridor of graph.corridors) {
    for (const id of new Set(corridor.data.places.map((p) => p.id)))
      corridorsByPlace.set(id, [...(corridorsByPlace.get(id) ?? []), corridor]);
  }
  // How many of a place's facts are of each corridor, in navigation order, and of the summit context.
  const factsOfPlace = (facts: readonly Fact[]) =>
    [
      ...graph.corridors.map((c) => ({
        id: c.id as string | undefined,
        of: `the ${c.data.shortTitle.toLowerCase()} corridor`,
      })),
      { id: undefined, of: `the ${SUMMIT_NAME.toLowerCase()}` },
    ].map(({ id, of }) => ({ of, count: facts.filter((fact) => fact.corridor === id).length }));
  const placeRecords = graph.places.map((place) =>
    placeRecord({
      id: place.id,
      url: placePath('/', place.id),
      name: place.data.name,
      altNames: place.data.altNames,
      country: place.data.country,
      region: place.data.region,
      kind: PLACE_KINDS[place.data.kind],
      corridors: (corridorsByPlace.get(place.id) ?? []).map((c) => ({ id: c.id, name: c.data.shortTitle })),
      facts: factsOfPlace(graph.byPlace.get(place.id) ?? []),
    }),
  );
  const paragraphs = await getParagraphIndex();
  const nameSource = graph.sources.length > 1;
  const paragraphSections = graph.sources.flatMap((source) => {
    const sourceTitle = citedTitle(source.data);
    return source.data.paragraphs.map((paragraph) => {
      const key = paragraphKey(source.id, paragraph.id);
      return paragraphSection({
        source: source.id,
        id: paragraph.id,
        url: paragraphPath('/', source.id, paragraph.id),
        n: paragraph.n,
        text: paragraph.text,
        notes: (paragraphs.get(key)?.notes ?? []).map((n) => `“${n.passage}”: ${n.note}`),
        sourceTitle,
        nameSource,
      });
    });
  });
  return [...groupSections(factSections), ...placeRecords, ...groupSections(paragraphSections)];
}

/** What the list of sources says of each source. */
export interface SourceSummary {
  source: Source;
  /** Its title as citations write it: a headline in quotation marks, a descriptive title of ours in square brackets. */
  citedTitle: string;
  paragraphs: number;
  facts: number;
  notes: number;
  /** The corridors its facts are shown on, in navigation order. */
  corridors: readonly Corridor[];
}

function summarize(graph: Graph, source: Source): SourceSummary {
  const facts = graph.bySource.get(source.id) ?? [];
  const shownOn = new Set(facts.map((f) => f.corridor));
  return {
    source,
    citedTitle: citedTitle(source.data),
    paragraphs: source.data.paragraphs.length,
    facts: facts.length,
    notes: source.data.notes.length,
    corridors: graph.corridors.filter((c) => shownOn.has(c.id)),
  };
}

/** Every source, in the graph's order, with what the site takes from it. */
export async function getSourceSummaries(): Promise<SourceSummary[]> {
  const graph = await getGraph();
  return graph.sources.map((source) => summarize(graph, source));
}

/** One source with what the site takes from it. */
export async function getSourceSummary(id: string): Promise<SourceSummary> {
  const graph = await getGraph();
  return summarize(graph, required(graph.source.get(id), `source "${id}"`));
}

/** A source as structured data cites it. */
export function sourceRef(source: Source, site: URL | undefined): SourceRef {
  return {
    title: source.data.title,
    titleIsDescriptive: source.data.titleIsDescriptive,
    description: source.data.description,
    url: absoluteUrl(sourcePath(import.meta.env.BASE_URL, source.id), site),
    written: source.data.written,
  };
}

/** The sources a list of facts comes from, each once, in the graph's order. */
export async function sourcesOf(facts: readonly Fact[]): Promise<Source[]> {
  const ids = new Set(facts.map((f) => f.source));
  return (await getSources()).filter((s) => ids.has(s.id));
}

/** Facts as structured data lists them: qualifier, permanent page and derivation kept. */
export async function datasetFacts(facts: readonly Fact[], site: URL | undefined): Promise<DatasetFact[]> {
  const absolute = (fact: Fact) => absoluteUrl(factPageHref(fact), site);
  return Promise.all(
    facts.map(async (fact) => {
      const derivation = await getDerivation(fact);
      return {
        label: fact.label,
        value: fact.value,
        unit: fact.unit,
        qualifier: fact.qualifier,
        figure: fact.figure?.text,
        url: absolute(fact),
        derivation: derivation && {
          equation: derivation.equation,
          inputs: derivation.inputs.map((input) => ({ label: input.label, url: absolute(input) })),
        },
      };
    }),
  );
}

/** The paragraphs a list of facts rests on, grouped by source, each once and in order. */
export async function citedParagraphs(
  facts: readonly Fact[],
): Promise<{ source: Source; paragraphs: ParagraphRef[] }[]> {
  const bySource = new Map<string, Map<string, ParagraphRef>>();
  for (const fact of facts) {
    const paragraphs = bySource.get(fact.source) ?? new Map<string, ParagraphRef>();
    for (const p of fact.paragraphs) paragraphs.set(p.id, p);
    bySource.set(fact.source, paragraphs);
  }
  return (await getSources())
    .filter((s) => bySource.has(s.id))
    .map((source) => ({
      source,
      paragraphs: [...(bySource.get(source.id)?.values() ?? [])].sort((a, b) => a.n - b.n),
    }));
}

let explorer: Promise<ExplorerData> | undefined;

/**
 * Every fact as the facts explorer filters and draws it (`/facts/explorer.json`, and the rows of `/facts/`),
 * made once per build: every static page of the table asks for it (834 pages at 30,000 facts), and made
 * per page it was the largest cost of the build at scale.
 */
export function getExplorerData(): Promise<ExplorerData> {
  explorer ??= getGraph().then(explorerData);
  return explorer;
}
