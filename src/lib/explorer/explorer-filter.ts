/**
 * The facts explorer's filter: the index prepared once from the explorer data, the sorted orders made on
 * first use, and `filterFacts`, one pass over it per keystroke (why it is shaped so:
 * src/lib/explorer/facts-explorer.ts).
 */
import { foldText } from '../text/fold.ts';
import {
  searchTerms,
  SUMMIT,
  SUMMIT_NAME,
  type ExplorerData,
  type ExplorerState,
  type SortDirection,
  type SortKey,
} from './facts-explorer.ts';

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
