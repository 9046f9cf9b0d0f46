/**
 * The facts explorer's logic, pure so it runs the same at build time, in the browser and in tests:
 * the compact data it filters (`/facts/explorer.json`), the state in the address, the menus and the
 * static pages. The index prepared from the data once, the filter and the sort are in
 * src/lib/explorer/explorer-filter.ts; the status line in src/lib/explorer/explorer-status.ts.
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
import { kindLabel } from '../text/fact-kind.ts';
import { foldText } from '../text/fold.ts';
import type { ChoiceParam, UrlParam, UrlProblem, UrlState } from '../site/url-filters.ts';
import { echo, readUrlState, writeUrlState } from '../site/url-filters.ts';
import { eitherPlace, otherNamesLabel, resolvePlace, type PlaceNameIndex } from './place-names.ts';

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
    kind: (['quoted', 'derived'] as const).map((kind) => ({ value: kind, label: kindLabel(kind) })),
    source: data.sources.map((s) => ({ value: s.id, label: s.title })),
  };
}

/**
 * The place filter's suggestions (a `<datalist>`): each place's name, what the field takes when chosen,
 * labelled with its other names (`otherNamesLabel`), so that a reader typing one of the names shown is
 * offered the place.
 */
export function placeSuggestions(data: ExplorerData): MenuOption[] {
  return data.places.map((p) => ({ value: p.name, label: otherNamesLabel(p) }));
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

/**
 * The state an address gives, and what in it was ignored. With the places' names, `?place=` takes any
 * of a place's names as well as its id (`?place=Хоргос` is `khorgos`, which the address then writes).
 */
export function readExplorerState(
  search: string,
  known: KnownValues,
  placeNames?: PlaceNameIndex,
): { state: ExplorerState; problems: UrlProblem[] } {
  const query = new URLSearchParams(search);
  const ambiguous = new Map<string, string>();
  if (placeNames) {
    const given = query.getAll('place');
    query.delete('place');
    for (const value of given) {
      const match = resolvePlace(placeNames, value);
      if (match.kind === 'ambiguous') {
        ambiguous.set(value, `Place ‘${echo(value)}’ ignored: it could be ${eitherPlace(match.places)}.`);
      }
      query.append('place', match.kind === 'place' ? match.place.id : value);
    }
  }
  const read = readUrlState(query.toString(), explorerParams(known));
  const { state } = read;
  const problems = read.problems.map((p) => {
    const message = p.param === 'place' ? ambiguous.get(p.value) : undefined;
    return message === undefined ? p : { ...p, message };
  });
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
