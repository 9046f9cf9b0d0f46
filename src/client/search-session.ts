/**
 * One search box and its results, as the dialog and the search page both
 * have them: runs each query, drops answers to queries typed over, renders
 * the results and says what was found.
 */
import { resultStatus } from '@/lib/search-results';
import { NoIndexError, runSearch } from './search-engine';
import { attachListboxKeys, renderResults } from './search-view';

export interface SessionParts {
  base: string;
  corridorNames: Record<string, string>;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  /** Prefix of the options' ids, unique on the page. */
  idPrefix: string;
  /** How many results to show. */
  limit: number;
  /** What the status says while the box is empty. */
  idleText: string;
}

export function statusForError(error: unknown): string {
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
  const { base, corridorNames, input, listbox, status, idPrefix, limit, idleText } = parts;
  let options: HTMLAnchorElement[] = [];
  let sequence = 0;
  const reset = attachListboxKeys(input, () => options);
  return async (rawQuery, filters = {}) => {
    const query = rawQuery.trim();
    const mine = ++sequence;
    if (query === '') {
      options = renderResults(listbox, [], idPrefix);
      input.setAttribute('aria-expanded', 'false');
      status.textContent = idleText;
      return 0;
    }
    try {
      const { items, total } = await runSearch(base, query, filters, corridorNames, limit);
      if (mine !== sequence) return undefined;
      options = renderResults(listbox, items, idPrefix);
      reset();
      input.setAttribute('aria-expanded', String(items.length > 0));
      status.textContent = resultStatus(
        query,
        total,
        items.length,
        Object.values(filters).some((values) => values.length > 0),
      );
      return total;
    } catch (error) {
      if (mine === sequence) status.textContent = statusForError(error);
      return undefined;
    }
  };
}
