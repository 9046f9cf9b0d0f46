/**
 * What the search dialog does once opened: search as the reader types, and
 * keep its "Search with filters" link on the same query. Imported by
 * `<site-search>` on first open only.
 */
import { loadPagefind } from './search-engine.ts';
import { createSearchSession } from './search-session.ts';

export interface DialogParts {
  base: string;
  corridorNames: Record<string, string>;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  more: HTMLButtonElement;
  pageLink: HTMLAnchorElement;
  searchPage: string;
}

/** As many results as the dialog shows without scrolling on a laptop; the rest on “Show more”. */
const DIALOG_BATCH = 5;

export function startSearchDialog(parts: DialogParts): void {
  const { input, pageLink, searchPage } = parts;
  // The reader opened search to type: fetch the engine while they do. A failure shows on the first search.
  loadPagefind(parts.base).catch(() => undefined);
  const search = createSearchSession({ ...parts, idPrefix: 'search-option', batch: DIALOG_BATCH, idleText: '' });
  const update = () => {
    const query = input.value.trim();
    pageLink.href = query === '' ? searchPage : `${searchPage}?q=${encodeURIComponent(query)}`;
    void search(query);
  };
  input.addEventListener('input', update);
  if (input.value.trim() !== '') update();
}
