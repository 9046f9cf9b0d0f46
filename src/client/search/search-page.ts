/**
 * The search page: the query and filters live in the URL
 * (`/search/?q=khorgos&corridor=rail`), so a search can be linked and shared.
 */
import {
  FILTER_NAMES,
  readSearchState,
  writeSearchState,
  type FilterName,
  type SearchState,
} from '@/lib/search/search-state.ts';
import { loadPagefind } from './search-engine.ts';
import { createSearchSession } from './search-session.ts';

export interface PageParts {
  base: string;
  corridorNames: Record<string, string>;
  form: HTMLFormElement;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
  /** Where the page says what in its address it ignored. */
  notice: HTMLElement;
}

function stateOf(form: HTMLFormElement, input: HTMLInputElement): SearchState {
  const data = new FormData(form);
  return {
    query: input.value,
    filters: Object.fromEntries(FILTER_NAMES.map((name) => [name, data.getAll(name).map(String)])),
  };
}

/** The values each filter offers: its check boxes. */
function offered(form: HTMLFormElement): Record<FilterName, string[]> {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  return Object.fromEntries(
    FILTER_NAMES.map((name) => [name, boxes.filter((box) => box.name === name).map((box) => box.value)]),
  ) as Record<FilterName, string[]>;
}

export function startSearchPage(parts: PageParts): void {
  const { form, input, empty, notice } = parts;
  // The engine in its Web Worker, started before the first search (see loadPagefind).
  loadPagefind(parts.base, { worker: true }).catch(() => undefined);
  const { state: initial, problems } = readSearchState(location.search, offered(form));
  // Said, never dropped without a word; as text, so a value like <b>x</b> shows as typed.
  if (problems.length > 0) {
    notice.textContent = problems.map((p) => p.message).join(' ');
    notice.hidden = false;
  }
  input.value = initial.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = initial.filters[box.name]?.includes(box.value) ?? false;
  }
  const search = createSearchSession({
    ...parts,
    idPrefix: 'search-page-option',
    batch: 10,
    idleText: 'Type a word, a place or a figure to search.',
  });

  const update = async () => {
    const state = stateOf(form, input);
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState(state)}`);
    empty.hidden = true;
    const total = await search(state.query, state.filters);
    if (total === 0 && state.query.trim() !== '') empty.hidden = false;
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
