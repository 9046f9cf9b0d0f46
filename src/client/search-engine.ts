/**
 * Loads Pagefind's engine from the site's own bundle the first time a search
 * needs it, and runs searches. Nothing here is downloaded before the reader
 * opens search or focuses the search page's box.
 */
import { toPagefindFilters, toResultItem, type PagefindResultData, type ResultItem } from '@/lib/search-results';

interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void> | void;
  search: (term: string, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
}

let engine: Promise<Pagefind> | undefined;

/**
 * Pagefind's ranking, tuned for records of very different lengths: a short
 * derived fact should not outrank the quoted fact it comes from just for
 * being short (pageLength 1 is Pagefind's default).
 */
const RANKING = { pageLength: 0.4 };

/** Thrown when the site has no search index, as under `astro dev`. */
export class NoIndexError extends Error {}

export function loadPagefind(base: string): Promise<Pagefind> {
  engine ??= (async () => {
    try {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 22, ranking: RANKING });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      engine = undefined;
      throw new NoIndexError(error instanceof Error ? error.message : String(error));
    }
  })();
  return engine;
}

export interface SearchOutcome {
  items: ResultItem[];
  total: number;
}

export async function runSearch(
  base: string,
  query: string,
  filters: Record<string, readonly string[]>,
  corridorNames: Record<string, string>,
  limit = 12,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind(base);
  const search = await pagefind.search(query, { filters: toPagefindFilters(filters) });
  if (search === null) return { items: [], total: 0 };
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return { items: data.map((d) => toResultItem(d, query, corridorNames)), total: search.results.length };
}
