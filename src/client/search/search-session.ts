/**
 * One search box and its results, as the dialog and the search page both
 * have them: runs each query, drops answers to queries typed over, renders
 * the results a batch at a time and says what was found. Each result's
 * details are a small file of their own, so only the batch on screen is
 * fetched; the rest come a batch at a time on "Show more".
 */
import { boundedQuery, resultStatus } from '@/lib/search/search-results.ts';
import { NoIndexError, runSearch, type SearchHits } from './search-engine.ts';
import { attachListboxKeys, renderResults } from './search-view.ts';

export interface SessionParts {
  base: string;
  corridorNames: Record<string, string>;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  /** The button after the list that shows the next batch. */
  more: HTMLButtonElement;
  /** Prefix of the options' ids, unique on the page. */
  idPrefix: string;
  /** How many results to show at first, and at each "Show more". */
  batch: number;
  /** What the status says while the box is empty. */
  idleText: string;
}

/** The shortest query searched. */
const MIN_QUERY_LENGTH = 2;

function statusForError(error: unknown): string {
  if (error instanceof NoIndexError) {
    return import.meta.env.DEV
      ? 'Search works on a built site: the dev server has no index. Run npm run build, then npm run preview.'
      : 'Search could not load. Reload the page to try again.';
  }
  return 'Search failed. Reload the page to try again.';
}

/** Returns the function that searches; it resolves to the number of results, or undefined when superseded or failed. */
export function createSearchSession(
  parts: SessionParts,
): (query: string, filters?: Record<string, readonly string[]>) => Promise<number | undefined> {
  const { base, corridorNames, input, listbox, status, more, idPrefix, batch, idleText } = parts;
  let options: HTMLAnchorElement[] = [];
  let sequence = 0;
  let current: { hits: SearchHits; query: string; filtered: boolean; shown: number } | undefined;
  let loading = false;
  const reset = attachListboxKeys(input, () => options);

  const describe = () => {
    if (!current) return;
    const { query, hits, shown, filtered } = current;
    status.textContent = resultStatus(query, hits.total, shown, filtered);
    more.hidden = shown >= hits.total;
    more.textContent = `Show ${Math.min(batch, hits.total - shown)} more`;
  };

  const showMore = async () => {
    const shownFor = current;
    if (!shownFor || loading || shownFor.shown >= shownFor.hits.total) return;
    loading = true;
    try {
      const items = await shownFor.hits.load(shownFor.shown, batch);
      if (shownFor !== current) return;
      options = [...options, ...renderResults(listbox, items, idPrefix, { append: true, first: shownFor.shown })];
      shownFor.shown += items.length;
      describe();
    } finally {
      loading = false;
    }
  };
  // On a click only, not on scrolling: results added while the reader scrolls would push what is
  // below them (a layout shift), and most readers never look past the first batch.
  more.addEventListener('click', () => void showMore());

  return async (rawQuery, filters = {}) => {
    const query = boundedQuery(rawQuery);
    const mine = ++sequence;
    // One letter matches most of the site: fetching its results would cost the reader more than it tells.
    if (query.length < MIN_QUERY_LENGTH) {
      current = undefined;
      options = renderResults(listbox, [], idPrefix);
      input.setAttribute('aria-expanded', 'false');
      status.textContent = idleText;
      more.hidden = true;
      return query === '' ? 0 : undefined;
    }
    // Until the first results arrive (the engine may still be loading), say that something is happening.
    if (current === undefined) status.textContent = 'Searching…';
    try {
      const hits = await runSearch(base, query, filters, corridorNames);
      if (hits === undefined || mine !== sequence) return undefined;
      const items = await hits.load(0, batch);
      if (mine !== sequence) return undefined;
      const filtered = Object.values(filters).some((values) => values.length > 0);
      current = { hits, query, filtered, shown: items.length };
      options = renderResults(listbox, items, idPrefix);
      reset();
      input.setAttribute('aria-expanded', String(items.length > 0));
      describe();
      return hits.total;
    } catch (error) {
      if (mine === sequence) status.textContent = statusForError(error);
      return undefined;
    }
  };
}
