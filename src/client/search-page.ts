/**
 * The search page: the query and filters live in the URL
 * (`/search/?q=khorgos&corridor=rail`), so a search can be linked and shared.
 */
import { readSearchState, writeSearchState, type SearchState } from '@/lib/search-results';
import { statusForError } from './search-dialog';
import { runSearch } from './search-engine';
import { attachListboxKeys, renderResults } from './search-view';

export interface PageParts {
  base: string;
  corridorNames: Record<string, string>;
  form: HTMLFormElement;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  empty: HTMLElement;
}

function stateOf(form: HTMLFormElement, input: HTMLInputElement): SearchState {
  const data = new FormData(form);
  return {
    query: input.value,
    filters: Object.fromEntries(['corridor', 'country', 'kind'].map((name) => [name, data.getAll(name).map(String)])),
  };
}

export function startSearchPage(parts: PageParts): void {
  const { base, corridorNames, form, input, listbox, status, empty } = parts;
  const initial = readSearchState(location.search);
  input.value = initial.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = initial.filters[box.name]?.includes(box.value) ?? false;
  }
  let options: HTMLAnchorElement[] = [];
  let sequence = 0;
  const reset = attachListboxKeys(input, () => options);

  const update = async () => {
    const state = stateOf(form, input);
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState(state)}`);
    const query = state.query.trim();
    const mine = ++sequence;
    empty.hidden = true;
    if (query === '') {
      options = renderResults(listbox, [], 'search-page-option');
      input.setAttribute('aria-expanded', 'false');
      status.textContent = 'Type a word, a place or a figure to search.';
      return;
    }
    try {
      const { items, total } = await runSearch(base, query, state.filters, corridorNames, 30);
      if (mine !== sequence) return;
      options = renderResults(listbox, items, 'search-page-option');
      reset();
      input.setAttribute('aria-expanded', String(items.length > 0));
      const filtered = Object.values(state.filters).some((values) => values.length > 0);
      status.textContent =
        total === 0
          ? `No results for “${query}”${filtered ? ' with these filters' : ''}.`
          : `${total} result${total === 1 ? '' : 's'} for “${query}”${filtered ? ' with these filters' : ''}.`;
      empty.hidden = total > 0;
    } catch (error) {
      if (mine === sequence) status.textContent = statusForError(error);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  input.addEventListener('input', () => void update());
  form.addEventListener('change', (event) => {
    if (event.target !== input) void update();
  });
  void update();
}
