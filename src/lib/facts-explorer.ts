/**
 * The facts explorer's logic, pure so it runs the same at build time, in the browser and in tests:
 * the compact data it filters (`/facts/explorer.json`), the index prepared from it once, the filter
 * and sort, the state in the address, the status line and the static pages.
 *
 * Scale. The site is to grow to 30,000 facts. The page renders at most `PAGE_SIZE` rows in its HTML
 * (all of them today), with static pages for the rest (`/facts/page/2/`, …), so a first visit stays
 * within its budget and the table reads and prints without JavaScript. Filtering and sorting work on
 * every fact: on the reader's first use of a control the page fetches the explorer data once, and
 * each keystroke runs `filterFacts` over it, a single pass over typed arrays and prepared lowercase
 * text in an order sorted once per sort key (`npm run bench:explorer` measures it at 30,000 facts),
 * then draws the first `PAGE_SIZE` matches with `factRowsHtml`, the function the build draws its rows with.
 */
import type { ChoiceParam, UrlParam, UrlProblem, UrlState } from './url-filters';
import { readUrlState, writeUrlState } from './url-filters';

/** A corridor as the explorer shows it; the summit context (facts with no corridor) is not one. */
export interface ExplorerCorridor {
  id: string;
  /** Its short name, e.g. `Rail`. */
  name: string;
  /** Its mode, which sets its colour. */
  mode: string;
}

export interface ExplorerPlace {
  id: string;
  name: string;
  /** Other spellings, for the text filter: Khorgas, Horgos. */
  altNames: string[];
}

export interface ExplorerSource {
  id: string;
  /** The title as a citation writes it: in square brackets when it is ours (`citedTitle`). */
  title: string;
}

/** One fact, its places, countries, corridor and source by index into the lists of `ExplorerData`. */
export interface ExplorerFact {
  id: string;
  label: string;
  statement: string;
  kind: 'quoted' | 'derived';
  value?: number;
  /** The figure as the site writes it, e.g. `about 2,200 tons`. */
  figure?: string;
  period?: string;
  /** Index into `corridors`; absent for summit context. */
  corridor?: number;
  places: number[];
  countries: number[];
  source: number;
  /** The paragraphs of its source it rests on. */
  paragraphs: { id: string; n: number }[];
}

/** What `/facts/explorer.json` holds: every fact, in the order of their sources, and the lists they index. */
export interface ExplorerData {
  corridors: ExplorerCorridor[];
  places: ExplorerPlace[];
  countries: string[];
  sources: ExplorerSource[];
  facts: ExplorerFact[];
}

/** The most rows a page of the table holds in its HTML, and the most the explorer draws at once. */
export const PAGE_SIZE = 40;

/** The `corridor` filter's value for summit context, the facts with no corridor. */
export const SUMMIT = 'summit';
export const SUMMIT_NAME = 'Summit context';

/** How many static pages the table takes: `/facts/`, then `/facts/page/2/`, … */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The facts on static page `page` (from 1), as indices `[from, to)` in reading order. */
export function pageRange(page: number, total: number, size = PAGE_SIZE): { from: number; to: number } {
  const from = Math.min((page - 1) * size, total);
  return { from, to: Math.min(from + size, total) };
}

/**
 * The pages a pager links to: the first, the last, and those next to the current one, with
 * `undefined` for each gap: page 5 of 9 is `1 … 4 5 6 … 9`.
 */
export function pagerItems(current: number, count: number): (number | undefined)[] {
  const items: (number | undefined)[] = [];
  for (let page = 1; page <= count; page++) {
    if (page === 1 || page === count || Math.abs(page - current) <= 1) items.push(page);
    else if (items.at(-1) !== undefined) items.push(undefined);
  }
  return items;
}

export const SORT_KEYS = ['source', 'fact', 'figure', 'corridor', 'kind'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The order a page starts in: as the sources give the facts. */
export const DEFAULT_SORT: { key: SortKey; direction: SortDirection } = { key: 'source', direction: 'asc' };

export const FILTER_KEYS = ['corridor', 'place', 'country', 'kind', 'source'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What the reader has chosen: each filter's value (by id) or undefined for any, the text, the sort. */
export interface ExplorerState {
  filters: Partial<Record<FilterKey, string>>;
  text: string;
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_STATE: ExplorerState = { filters: {}, text: '', sort: 'source', direction: 'asc' };

/** The longest text filter kept. */
export const MAX_TEXT_LENGTH = 200;

/** The values each filter knows, by its name in the address. */
export type KnownValues = Record<FilterKey, readonly string[]>;

/** The values the filters of `data` know: what the page's menus offer. */
export function knownValues(data: ExplorerData): KnownValues {
  return {
    corridor: [...data.corridors.map((c) => c.id), SUMMIT],
    place: data.places.map((p) => p.id),
    country: data.countries,
    kind: ['quoted', 'derived'],
    source: data.sources.map((s) => s.id),
  };
}

const NOUNS: Record<FilterKey, string> = {
  corridor: 'corridor',
  place: 'place',
  country: 'country',
  kind: 'kind of fact',
  source: 'source',
};

/** The address's parameters, in the order it writes them: `?corridor=rail&place=khorgos&q=trains&sort=figure-desc`. */
export function explorerParams(known: Partial<KnownValues> = {}): UrlParam[] {
  return [
    ...FILTER_KEYS.map((name): ChoiceParam => ({ kind: 'choice', name, noun: NOUNS[name], values: known[name] ?? [] })),
    { kind: 'text', name: 'q', noun: 'text filter', maxLength: MAX_TEXT_LENGTH },
    {
      kind: 'choice',
      name: 'sort',
      noun: 'sort order',
      values: SORT_KEYS.flatMap((key) => [`${key}-asc`, `${key}-desc`]),
    },
  ];
}

/** The state an address gives, and what in it was ignored. */
export function readExplorerState(
  search: string,
  known: KnownValues,
): { state: ExplorerState; problems: UrlProblem[] } {
  const { state, problems } = readUrlState(search, explorerParams(known));
  const [sort = `${DEFAULT_SORT.key}-${DEFAULT_SORT.direction}`] = state.choices['sort'] ?? [];
  const [key, direction] = sort.split('-') as [SortKey, SortDirection];
  const filters: ExplorerState['filters'] = {};
  for (const name of FILTER_KEYS) {
    const [value] = state.choices[name] ?? [];
    if (value !== undefined) filters[name] = value;
  }
  return { state: { filters, text: state.text, sort: key, direction }, problems };
}

/** The query an address gets for a state; `''` for the page as it starts. */
export function writeExplorerState(state: ExplorerState): string {
  const sorted = state.sort !== DEFAULT_SORT.key || state.direction !== DEFAULT_SORT.direction;
  const url: UrlState = {
    text: state.text,
    choices: {
      ...Object.fromEntries(FILTER_KEYS.map((name) => [name, state.filters[name] ? [state.filters[name]] : []])),
      sort: sorted ? [`${state.sort}-${state.direction}`] : [],
    },
  };
  return writeUrlState(url, explorerParams());
}

/** Text folded for matching: lower case, accents and apostrophes dropped (Xi’an is xian), punctuation a space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}.%]+/gu, ' ');
}

/** The words of a text filter, folded; every one must be found. */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(' ')
    .map((term) => term.replace(/^\.+|\.+$/g, ''))
    .filter((term) => term !== '');
}

/** The data prepared once for fast filtering: facets as typed arrays, each fact's text folded, sorted orders cached. */
export interface ExplorerIndex {
  data: ExplorerData;
  /** Each fact's corridor index, or -1 for summit context. */
  corridor: Int32Array;
  source: Int32Array;
  /** 1 for a derived fact. */
  derived: Uint8Array;
  /** Facts' places and countries as offsets into flat lists: fact i's places are `places[placeStart[i] … placeStart[i+1])`. */
  placeStart: Int32Array;
  places: Int32Array;
  countryStart: Int32Array;
  countries: Int32Array;
  /** Each fact's words, folded: label, statement, figure, value, period, corridor, places and their other spellings, countries, kind, source. */
  text: string[];
  /** Ids of corridors, places and sources to their indices. */
  ids: {
    corridor: Map<string, number>;
    place: Map<string, number>;
    country: Map<string, number>;
    source: Map<string, number>;
  };
  /** Sorted orders of the facts, by `sort-direction`, made on first use. */
  orders: Map<string, Int32Array>;
}

function flatten(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = (start[i] ?? 0) + (lists[i]?.length ?? 0);
  const items = new Int32Array(start[lists.length] ?? 0);
  lists.forEach((list, i) => items.set(list, start[i]));
  return { start, items };
}

const indexOf = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item, i) => [item.id, i]));

export function prepareIndex(data: ExplorerData): ExplorerIndex {
  const { facts } = data;
  const placeLists = flatten(facts.map((f) => f.places));
  const countryLists = flatten(facts.map((f) => f.countries));
  const text = facts.map((fact) =>
    foldText(
      [
        fact.label,
        fact.statement,
        fact.figure ?? '',
        fact.value === undefined ? '' : String(fact.value),
        fact.period ?? '',
        fact.corridor === undefined ? SUMMIT_NAME : (data.corridors[fact.corridor]?.name ?? ''),
        ...fact.places.flatMap((p) => {
          const place = data.places[p];
          return place ? [place.name, ...place.altNames] : [];
        }),
        ...fact.countries.map((c) => data.countries[c] ?? ''),
        fact.kind,
        data.sources[fact.source]?.title ?? '',
      ].join(' '),
    ),
  );
  return {
    data,
    corridor: Int32Array.from(facts, (f) => f.corridor ?? -1),
    source: Int32Array.from(facts, (f) => f.source),
    derived: Uint8Array.from(facts, (f) => (f.kind === 'derived' ? 1 : 0)),
    placeStart: placeLists.start,
    places: placeLists.items,
    countryStart: countryLists.start,
    countries: countryLists.items,
    text,
    ids: {
      corridor: indexOf(data.corridors),
      place: indexOf(data.places),
      country: new Map(data.countries.map((c, i) => [c, i])),
      source: indexOf(data.sources),
    },
    orders: new Map(),
  };
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The facts in a sort order, as indices. Ties keep the order of the sources, in either direction;
 * a fact with no figure comes after those with one, in either direction.
 */
export function sortOrder(index: ExplorerIndex, key: SortKey, direction: SortDirection): Int32Array {
  const name = `${key}-${direction}`;
  const cached = index.orders.get(name);
  if (cached) return cached;
  const { facts } = index.data;
  const sign = direction === 'asc' ? 1 : -1;
  const order = Int32Array.from(facts, (_, i) => i);
  if (key === 'source') {
    if (direction === 'desc') order.reverse();
  } else {
    const compare: (a: number, b: number) => number =
      key === 'fact'
        ? (a, b) => collator.compare(facts[a]?.label ?? '', facts[b]?.label ?? '')
        : key === 'figure'
          ? (a, b) => (facts[a]?.value ?? 0) - (facts[b]?.value ?? 0)
          : key === 'corridor'
            ? (a, b) => (index.corridor[a] ?? 0) - (index.corridor[b] ?? 0)
            : (a, b) => (index.derived[a] ?? 0) - (index.derived[b] ?? 0);
    // A fact with no figure goes after those with one, whichever the direction.
    const missing = (i: number) => (key === 'figure' && facts[i]?.value === undefined ? 1 : 0);
    order.sort((a, b) => missing(a) - missing(b) || compare(a, b) * sign || a - b);
  }
  index.orders.set(name, order);
  return order;
}

/**
 * The facts a state shows, as indices in its sort order. One pass: the facets are compared as
 * integers, and the text only when they match, a fact's folded text holding every term.
 */
export function filterFacts(index: ExplorerIndex, state: ExplorerState): number[] {
  const { filters } = state;
  const want = (map: Map<string, number>, value: string | undefined) =>
    value === undefined ? -2 : (map.get(value) ?? -3);
  const corridor = filters.corridor === SUMMIT ? -1 : want(index.ids.corridor, filters.corridor);
  const place = want(index.ids.place, filters.place);
  const country = want(index.ids.country, filters.country);
  const source = want(index.ids.source, filters.source);
  const derived = filters.kind === undefined ? -1 : filters.kind === 'derived' ? 1 : 0;
  // An unknown value (-3) matches nothing: the reader has been told it was ignored, but a caller
  // passing one directly gets an honest empty answer rather than every fact.
  if ([corridor, place, country, source].includes(-3)) return [];
  const terms = searchTerms(state.text);
  const has = (start: Int32Array, items: Int32Array, i: number, wanted: number) => {
    for (let k = start[i] ?? 0; k < (start[i + 1] ?? 0); k++) if (items[k] === wanted) return true;
    return false;
  };
  const found: number[] = [];
  for (const i of sortOrder(index, state.sort, state.direction)) {
    if (corridor !== -2 && index.corridor[i] !== corridor) continue;
    if (source !== -2 && index.source[i] !== source) continue;
    if (derived !== -1 && index.derived[i] !== derived) continue;
    if (place !== -2 && !has(index.placeStart, index.places, i, place)) continue;
    if (country !== -2 && !has(index.countryStart, index.countries, i, country)) continue;
    if (terms.length > 0) {
      const text = index.text[i] ?? '';
      if (!terms.every((term) => text.includes(term))) continue;
    }
    found.push(i);
  }
  return found;
}

const COUNT = new Intl.NumberFormat('en-US');

const SORT_WORDS: Record<SortKey, [asc: string, desc: string]> = {
  source: ['in the order of their sources', 'in reverse order of their sources'],
  fact: ['by name, A to Z', 'by name, Z to A'],
  figure: ['by figure, smallest first', 'by figure, largest first'],
  corridor: ['by corridor', 'by corridor, last first'],
  kind: ['quoted first', 'derived first'],
};

/** How the rows are sorted, in words: `by figure, largest first`. */
export function sortDescription(key: SortKey, direction: SortDirection): string {
  return SORT_WORDS[key][direction === 'asc' ? 0 : 1];
}

/**
 * The status line: `12 of 32 facts`, then the order when it is not the sources' (`, by figure,
 * largest first`), and how many are drawn when more match (`; the first 100 shown`).
 */
export function explorerStatus(
  matched: number,
  total: number,
  { shown = matched, sort = DEFAULT_SORT }: { shown?: number; sort?: { key: SortKey; direction: SortDirection } } = {},
): string {
  const counted = `${COUNT.format(matched)} of ${COUNT.format(total)} ${total === 1 ? 'fact' : 'facts'}`;
  const sorted =
    sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction
      ? ''
      : `, ${sortDescription(sort.key, sort.direction)}`;
  return `${counted}${sorted}${shown < matched ? `; the first ${COUNT.format(shown)} shown` : ''}`;
}

/** Whether a state is the page as it starts: no filter, no text, the sources' order. */
export function isDefaultState(state: ExplorerState): boolean {
  return (
    FILTER_KEYS.every((name) => state.filters[name] === undefined) &&
    searchTerms(state.text).length === 0 &&
    state.sort === DEFAULT_SORT.key &&
    state.direction === DEFAULT_SORT.direction
  );
}
