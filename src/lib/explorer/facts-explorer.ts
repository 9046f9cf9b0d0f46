/**
 * The facts explorer's logic, pure so it runs the same at build time, in the browser and in tests:
 * the compact data it filters (`/facts/explorer.json`), the index prepared from it once, the filter
 * and sort, the state in the address, the status line and the static pages.
 *
 * Scale: the site is to grow to 30,000 facts, and a first visit must stay under 20 KB gzip.
 * - The page's HTML holds at most `PAGE_SIZE` rows (all of them today); static pages carry the rest
 *   (`/facts/page/2/`, …, with a pager), so the table reads and prints without JavaScript at any size
 *   and no visit builds a 30,000-row DOM.
 * - Filters and sorting work on every fact: on the reader's first use of a control (or when the
 *   address asks for a view) the page fetches the explorer data once (its weight at 30,000 facts:
 *   docs/benchmarks.md, 'Figures behind the code'); each keystroke then runs `filterFacts`, one pass
 *   over typed arrays and each fact's own folded text in an order sorted once per sort key, and draws
 *   the first `PAGE_SIZE` matches with `factRowsHtml`, the function the build draws its rows with
 *   ("Show more" draws the next).
 * - Menus longer than `MENU_LIMIT` (places or sources, in the hundreds) are filled from that data
 *   rather than written into every first visit.
 * `npm run bench:explorer` measures the filter at 30,000 synthetic facts (a few milliseconds a
 * keystroke) and what a full first page would weigh.
 */
import { foldText } from '../text/fold.ts';
import type { ChoiceParam, UrlParam, UrlProblem, UrlState } from '../site/url-filters.ts';
import { readUrlState, writeUrlState } from '../site/url-filters.ts';

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

/**
 * The most rows a page of the table holds in its HTML, and the most the explorer draws at once. Set by
 * the first-visit budget: what a row costs (with its figure in the JSON-LD) and what the page weighs
 * without rows (shared CSS and JS, header, filters, footer) leave room for 36 rows under the 20 KB
 * (docs/benchmarks.md, 'Figures behind the code'); `npm run bench:explorer` weighs a full page.
 */
export const PAGE_SIZE = 36;

/** The `corridor` filter's value for summit context, the facts with no corridor. */
export const SUMMIT = 'summit';
export const SUMMIT_NAME = 'Summit context';

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

/** An option of a filter's menu. */
export interface MenuOption {
  value: string;
  label: string;
}

/** The options of each filter's menu, after its "any" option: the menus of the page, as the build and the script fill them. */
export function menuOptions(data: ExplorerData): Record<FilterKey, MenuOption[]> {
  return {
    corridor: [...data.corridors.map((c) => ({ value: c.id, label: c.name })), { value: SUMMIT, label: SUMMIT_NAME }],
    place: data.places.map((p) => ({ value: p.id, label: p.name })),
    country: data.countries.map((c) => ({ value: c, label: c })),
    kind: [
      { value: 'quoted', label: 'Quoted' },
      { value: 'derived', label: 'Derived' },
    ],
    source: data.sources.map((s) => ({ value: s.id, label: s.title })),
  };
}

/**
 * The most options a menu has in the page's HTML. A longer list (places or sources, once there are
 * hundreds) would weigh on every first visit: its menu is filled from the explorer data when that
 * arrives, on the reader's first use of a control.
 */
export const MENU_LIMIT = 60;

/** The values each filter knows, by its name in the address. */
export type KnownValues = Record<FilterKey, readonly string[]>;

/** The values the filters of `data` know: what the page's menus offer. */
export function knownValues(data: ExplorerData): KnownValues {
  const menus = menuOptions(data);
  const values = (name: FilterKey) => menus[name].map((o) => o.value);
  return {
    corridor: values('corridor'),
    place: values('place'),
    country: values('country'),
    kind: values('kind'),
    source: values('source'),
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

/** The words of a text filter, folded, split at anything but letters, digits, `.` and `%`; every one must be found. */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}.%]+/u)
    .map((term) => term.replace(/^\.+|\.+$/g, ''))
    .filter((term) => term !== '');
}

/**
 * The data prepared once for fast filtering: facets as typed arrays, each fact's own words folded, the
 * names of corridors, places, countries, kinds and sources folded once each (a word that names a place
 * finds the facts of that place without every fact carrying its places' names), sorted orders cached.
 */
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
  /** Each fact's own words, folded: label, statement, figure, value and period. */
  text: string[];
  /** The folded names of each list's entries: a place's with its other spellings; summit context is the last corridor. */
  names: { corridor: string[]; place: string[]; country: string[]; kind: string[]; source: string[] };
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
    foldText(`${fact.label} ${fact.statement} ${fact.figure ?? ''} ${fact.value ?? ''} ${fact.period ?? ''}`),
  );
  // V8 keeps a string built by replace() as pieces and joins them on its first search: done here,
  // once, rather than on the reader's first keystroke.
  for (const folded of text) folded.includes('\u0000');
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
    names: {
      corridor: [...data.corridors.map((c) => foldText(c.name)), foldText(SUMMIT_NAME)],
      place: data.places.map((p) => foldText([p.name, ...p.altNames].join(' '))),
      country: data.countries.map(foldText),
      kind: ['quoted', 'derived'],
      source: data.sources.map((s) => foldText(s.title)),
    },
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
 * a fact with no figure comes after those with one, in either direction. Each order is made once,
 * comparing typed arrays (names by their rank, found with one sort of the distinct names).
 */
export function sortOrder(index: ExplorerIndex, key: SortKey, direction: SortDirection): Int32Array {
  const name = `${key}-${direction}`;
  const cached = index.orders.get(name);
  if (cached) return cached;
  const { facts } = index.data;
  const order = Int32Array.from(facts, (_, i) => i);
  if (key === 'source') {
    if (direction === 'desc') order.reverse();
  } else {
    const sortKey = new Float64Array(facts.length);
    const missing = new Uint8Array(facts.length);
    if (key === 'fact') {
      const labels = [...new Set(facts.map((f) => f.label))].sort(collator.compare);
      const rank = new Map(labels.map((label, i) => [label, i]));
      facts.forEach((f, i) => (sortKey[i] = rank.get(f.label) ?? 0));
    } else if (key === 'figure') {
      facts.forEach((f, i) => {
        if (f.value === undefined) missing[i] = 1;
        else sortKey[i] = f.value;
      });
    } else {
      sortKey.set(key === 'corridor' ? index.corridor : index.derived);
    }
    const sign = direction === 'asc' ? 1 : -1;
    order.sort(
      (a, b) => (missing[a] ?? 0) - (missing[b] ?? 0) || ((sortKey[a] ?? 0) - (sortKey[b] ?? 0)) * sign || a - b,
    );
  }
  index.orders.set(name, order);
  return order;
}

/** Which entries of each list a word names: `place[k]` is 1 when place k's names hold it. */
interface TermMatch {
  term: string;
  corridor: Uint8Array;
  place: Uint8Array;
  country: Uint8Array;
  kind: Uint8Array;
  source: Uint8Array;
}

function matchTerm(index: ExplorerIndex, term: string): TermMatch {
  const hits = (names: readonly string[]) => Uint8Array.from(names, (n) => (n.includes(term) ? 1 : 0));
  const { names } = index;
  return {
    term,
    corridor: hits(names.corridor),
    place: hits(names.place),
    country: hits(names.country),
    kind: hits(names.kind),
    source: hits(names.source),
  };
}

/**
 * The facts a state shows, as indices in its sort order. One pass: the facets are compared as
 * integers, and the words only when they match. A word is found in a fact's own text, or in the name
 * of its corridor, one of its places (any spelling), countries, its kind or its source.
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
  const terms = searchTerms(state.text).map((term) => matchTerm(index, term));
  const summit = index.names.corridor.length - 1;
  const { placeStart, places, countryStart, countries } = index;
  /** Whether fact i's places (or countries) include `wanted`, or one marked in `marked`. */
  const holds = (start: Int32Array, items: Int32Array, i: number, wanted: number, marked?: Uint8Array) => {
    const end = start[i + 1] ?? 0;
    for (let k = start[i] ?? 0; k < end; k++) {
      const item = items[k] ?? -1;
      if (marked ? marked[item] === 1 : item === wanted) return true;
    }
    return false;
  };
  const found: number[] = [];
  for (const i of sortOrder(index, state.sort, state.direction)) {
    const c = index.corridor[i] ?? -1;
    if (corridor !== -2 && c !== corridor) continue;
    if (source !== -2 && index.source[i] !== source) continue;
    if (derived !== -1 && index.derived[i] !== derived) continue;
    if (place !== -2 && !holds(placeStart, places, i, place)) continue;
    if (country !== -2 && !holds(countryStart, countries, i, country)) continue;
    if (terms.length > 0) {
      const text = index.text[i] ?? '';
      let all = true;
      for (const m of terms) {
        if (
          !text.includes(m.term) &&
          m.corridor[c === -1 ? summit : c] !== 1 &&
          m.kind[index.derived[i] ?? 0] !== 1 &&
          m.source[index.source[i] ?? -1] !== 1 &&
          !holds(placeStart, places, i, -1, m.place) &&
          !holds(countryStart, countries, i, -1, m.country)
        ) {
          all = false;
          break;
        }
      }
      if (!all) continue;
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
