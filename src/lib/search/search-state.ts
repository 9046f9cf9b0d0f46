/**
 * The search page's address: `/search/?q=khorgos&corridor=rail&kind=fact`, read and checked with the
 * site's one reader of address filters (src/lib/site/url-filters.ts), so a link to a search can be shared and
 * a value the page does not offer is reported, not dropped. Apart from the search results' code, which
 * the search dialog of every page loads and which has no address to read.
 */
import { MAX_QUERY_LENGTH } from './search-results.ts';
import { readUrlState, writeUrlState, type UrlParam, type UrlProblem } from '../site/url-filters.ts';

/** The state of a search in a URL: `?q=khorgos&corridor=rail&kind=fact`. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

export const FILTER_NAMES = ['corridor', 'country', 'kind'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

const FILTER_NOUNS: Record<FilterName, string> = { corridor: 'corridor', country: 'country', kind: 'kind of result' };

/** The search page's parameters, in the order its address writes them, each filter taking the values it offers. */
export function searchParams(known: Partial<Record<FilterName, readonly string[]>> = {}): UrlParam[] {
  return [
    { kind: 'text', name: 'q', noun: 'search text', maxLength: MAX_QUERY_LENGTH },
    ...FILTER_NAMES.map((name): UrlParam => ({
      kind: 'choice',
      name,
      noun: FILTER_NOUNS[name],
      values: known[name] ?? [],
      multiple: true,
    })),
  ];
}

/**
 * The search an address asks for, checked against the filter values the page offers (`known`), and
 * what in it was ignored: `?corridor=sea` is reported as an unknown corridor (src/lib/site/url-filters.ts).
 */
export function readSearchState(
  search: string,
  known: Record<FilterName, readonly string[]>,
): { state: SearchState; problems: UrlProblem[] } {
  const { state, problems } = readUrlState(search, searchParams(known));
  return {
    state: {
      query: state.text,
      filters: Object.fromEntries(FILTER_NAMES.map((name) => [name, state.choices[name] ?? []])),
    },
    problems,
  };
}

export function writeSearchState(state: SearchState): string {
  return writeUrlState({ text: state.query, choices: state.filters }, searchParams());
}
