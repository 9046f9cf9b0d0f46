/**
 * Loads Pagefind's engine from the site's own bundle the first time a search
 * needs it, and runs searches. Nothing here is downloaded before the reader
 * opens search or focuses the search page's box.
 */
import {
  namedFirst,
  toPagefindFilters,
  toResultItem,
  type PagefindResultData,
  type ResultItem,
} from '@/lib/search/search-results.ts';

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void> | void;
  search: (term: string, options: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
  debouncedSearch: (
    term: string,
    options: { filters?: Record<string, unknown> },
    debounceMs: number,
  ) => Promise<PagefindSearch | null>;
}

let engine: Promise<Pagefind> | undefined;

/**
 * A query naming a place in another language beside English words (./search-names.ts), loaded only
 * for a query found nowhere whole, so that a first search fetches none of it. (Whoever types a name in
 * Chinese characters or Cyrillic has the fonts for it, and results show English spellings only.)
 */
const placeNames = () => import('./search-names.ts');

/**
 * Pagefind's ranking, tuned for records of very different lengths: a short
 * derived fact should not outrank the quoted fact it comes from just for
 * being short (pageLength 1 is Pagefind's default).
 */
const RANKING = { pageLength: 0.4 };

/** Thrown when the site has no search index, as under `astro dev`. */
export class NoIndexError extends Error {}

/**
 * Loads the engine once per page; the first caller decides where it runs. The search dialog runs
 * it on the main thread: Pagefind's Web Worker is one more script to fetch before a reader's first
 * result, and on an index this size a search takes a few milliseconds. The search page runs it in the
 * worker: it searches while the page is still being drawn, and the engine's start-up would otherwise
 * hold up the page's main thread (Lighthouse's blocking time on a phone: docs/benchmarks.md, 'Figures
 * behind the code').
 */
export function loadPagefind(base: string, { worker = false } = {}): Promise<Pagefind> {
  engine ??= (async () => {
    try {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 22, ranking: RANKING, noWorker: !worker });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      engine = undefined;
      throw new NoIndexError(error instanceof Error ? error.message : String(error));
    }
  })();
  return engine;
}

/** The results of one search: how many there are, and each one's details loaded only when asked for. */
export interface SearchHits {
  total: number;
  /** The items from `start`, at most `count` of them; each fetches its own small fragment of the index. */
  load: (start: number, count: number) => Promise<ResultItem[]>;
}

/**
 * How long typing must pause before a query is searched: none beyond the current task, so the
 * first results show while the reader is still typing (docs/benchmarks.md, 'Figures behind the code'),
 * and keystrokes that queued up meanwhile are searched once, as the last one.
 * Pagefind's debouncedSearch also fetches the index for a query ahead of searching it.
 */
const DEBOUNCE_MS = 0;

/** Searches, or resolves to undefined when a newer search has started meanwhile. */
export async function runSearch(
  base: string,
  query: string,
  filters: Record<string, readonly string[]>,
  corridorNames: Record<string, string>,
): Promise<SearchHits | undefined> {
  const pagefind = await loadPagefind(base);
  const search = await pagefind.debouncedSearch(query, { filters: toPagefindFilters(filters) }, DEBOUNCE_MS);
  if (search === null) return undefined;
  const results =
    search.results.length > 0 ? search.results : await (await placeNames()).inPlaceNames(pagefind, query, filters);
  return {
    total: results.length,
    load: async (start, count) => {
      const data = await Promise.all(results.slice(start, start + count).map((result) => result.data()));
      const items = data.map((d) => toResultItem(d, query, corridorNames));
      // Within the first batch, which is what a reader sees first and Enter opens.
      return start === 0 ? namedFirst(items, query) : items;
    },
  };
}
