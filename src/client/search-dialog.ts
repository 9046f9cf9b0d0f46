/**
 * What the search dialog does once opened: search as the reader types,
 * render the results, move through them with the arrow keys. Imported by
 * `<site-search>` on first open only.
 */
import { NoIndexError, runSearch } from './search-engine';
import { attachListboxKeys, renderResults } from './search-view';

export interface DialogParts {
  base: string;
  corridorNames: Record<string, string>;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  pageLink: HTMLAnchorElement;
  searchPage: string;
}

export function statusForError(error: unknown): string {
  if (error instanceof NoIndexError) {
    return import.meta.env.DEV
      ? 'Search works on a built site: the dev server has no index. Run npm run build, then npm run preview.'
      : 'Search could not load. Reload the page to try again.';
  }
  return 'Search failed. Reload the page to try again.';
}

export function startSearchDialog(parts: DialogParts): void {
  const { base, corridorNames, input, listbox, status, pageLink, searchPage } = parts;
  let options: HTMLAnchorElement[] = [];
  let sequence = 0;
  const reset = attachListboxKeys(input, () => options);

  const update = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    pageLink.href = query === '' ? searchPage : `${searchPage}?q=${encodeURIComponent(query)}`;
    if (query === '') {
      options = renderResults(listbox, [], 'search-option');
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '';
      return;
    }
    try {
      const { items, total } = await runSearch(base, query, {}, corridorNames, 10);
      if (mine !== sequence) return;
      options = renderResults(listbox, items, 'search-option');
      reset();
      input.setAttribute('aria-expanded', String(items.length > 0));
      status.textContent =
        total === 0
          ? `No results for “${query}”. Try a place (Khorgos), a figure (2485) or fewer words.`
          : `${total} result${total === 1 ? '' : 's'} for “${query}”${total > items.length ? `, showing the first ${items.length}` : ''}.`;
    } catch (error) {
      if (mine === sequence) status.textContent = statusForError(error);
    }
  };
  input.addEventListener('input', () => void update());
  if (input.value.trim() !== '') void update();
}
