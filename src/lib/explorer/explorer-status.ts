/** The facts explorer's status line, and whether a state is the page as it starts. */
import {
  DEFAULT_SORT,
  FILTER_KEYS,
  searchTerms,
  type ExplorerState,
  type SortDirection,
  type SortKey,
} from './facts-explorer.ts';

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
