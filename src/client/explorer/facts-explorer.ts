/**
 * The facts explorer in the browser: filters, a text filter and sortable columns over every fact,
 * with the view in the address (`/facts/?corridor=rail&q=trains&sort=figure-desc`) so it can be
 * linked and reloads the same. The table the build drew stays as it is until the reader asks for
 * another view; then the data (`/facts/explorer.json`) is fetched once and each change filters it
 * (src/lib/explorer/facts-explorer.ts) and draws the matching rows with the build's own row function.
 */
import {
  DEFAULT_STATE,
  FILTER_KEYS,
  PAGE_SIZE,
  knownValues,
  menuOptions,
  placeSuggestions,
  readExplorerState,
  writeExplorerState,
  type ExplorerData,
  type ExplorerState,
  type FilterKey,
  type SortKey,
} from '@/lib/explorer/facts-explorer.ts';
import { filterFacts, prepareIndex, type ExplorerIndex } from '@/lib/explorer/explorer-filter.ts';
import {
  placeNameIndex,
  placeFilterValue,
  placeNameOf,
  placeTrouble,
  resolvePlace,
  type PlaceNameIndex,
} from '@/lib/explorer/place-names.ts';
import { echo } from '@/lib/site/url-filters.ts';
import { explorerStatus, isDefaultState } from '@/lib/explorer/explorer-status.ts';
import { factRowsHtml } from '@/lib/explorer/facts-table.ts';

export interface Explorer {
  /** Handles an input, change or click from inside the explorer. */
  handle(event: Event): void;
}

/** How long the address waits for typing to pause before it changes (browsers limit how often it may). */
const ADDRESS_DELAY = 300;

function part<T extends Element>(root: Element, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`The facts explorer has no ${selector}`);
  return found;
}

export function startFactsExplorer(root: HTMLElement): Explorer {
  const base = root.dataset['base'] ?? '/';
  const form = part(root, 'form', HTMLFormElement);
  const text = part(form, 'input[name="q"]', HTMLInputElement);
  /** The menus; the place is typed, by any of its names, with suggestions (`place`, `places`). */
  const menuKeys = FILTER_KEYS.filter((name) => name !== 'place');
  const selects = Object.fromEntries(
    menuKeys.map((name) => [name, part(form, `select[name="${name}"]`, HTMLSelectElement)]),
  ) as Record<Exclude<FilterKey, 'place'>, HTMLSelectElement>;
  const place = part(form, 'input[name="place"]', HTMLInputElement);
  const places = part(form, 'datalist', HTMLDataListElement);
  const notice = part(root, '.url-notice', HTMLElement);
  const status = part(root, '.status', HTMLElement);
  const caption = part(root, 'caption', HTMLElement);
  const tbody = part(root, 'tbody', HTMLElement);
  const empty = part(root, '.empty', HTMLElement);
  const more = part(root, 'button.more', HTMLButtonElement);
  const pager = root.querySelector<HTMLElement>('.pager');
  const headers = [...root.querySelectorAll<HTMLElement>('th[data-sort]')];

  let state: ExplorerState = DEFAULT_STATE;
  let index: ExplorerIndex | undefined;
  let placeNames: PlaceNameIndex | undefined;
  let loading: Promise<void> | undefined;
  let drawn: number[] | undefined;
  let limit = PAGE_SIZE;
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  /** The filters the reader has set since the page opened, which the address no longer overrides. */
  const touched = new Set<FilterKey>();

  /** The place filter for what is typed in its field (`placeFilterValue`). */
  const placeFilter = (typed: string) => placeFilterValue(placeNames, typed);

  const showState = () => {
    text.value = state.text;
    for (const name of menuKeys) selects[name].value = state.filters[name] ?? '';
    // What the reader typed stays while it names the place chosen (Хоргос is not rewritten under their
    // keys), and until the names are here; otherwise the place's name, or a value that names none as it is.
    const chosen = state.filters.place;
    if (placeNames && placeFilter(place.value) !== chosen) {
      place.value = placeNameOf(placeNames, chosen) ?? chosen ?? '';
    }
    for (const th of headers) {
      if (th.dataset['sort'] === state.sort)
        th.setAttribute('aria-sort', state.direction === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  };

  /** Whether the place filter holds text that names no place (and so matches nothing). */
  const placeUnresolved = () => state.filters.place !== undefined && !placeNames?.ids.has(state.filters.place);

  const writeAddress = () => {
    clearTimeout(addressTimer);
    addressTimer = setTimeout(() => {
      // Text that names no place stays out of the address: a link to it would only bring a notice.
      const shown = placeUnresolved() ? { ...state, filters: withPlace(undefined) } : state;
      try {
        history.replaceState(history.state, '', `${location.pathname}${writeExplorerState(shown)}${location.hash}`);
      } catch {
        // Safari throws past 100 changes in 30 s; the view is still right, only its address lags.
      }
    }, ADDRESS_DELAY);
  };

  const draw = () => {
    if (!index) return;
    const found = filterFacts(index, state);
    const shown = found.slice(0, limit);
    const previous = drawn;
    if (previous === undefined || previous.length > shown.length || previous.some((i, k) => shown[k] !== i)) {
      tbody.innerHTML = factRowsHtml(index.data, base, shown);
    } else if (previous.length < shown.length) {
      // "Show more": only the new rows are drawn, after the others.
      tbody.insertAdjacentHTML('beforeend', factRowsHtml(index.data, base, shown.slice(previous.length)));
    }
    drawn = shown;
    const total = index.data.facts.length;
    // While the place field names no place, the status says why nothing matches, like the address's notice.
    const trouble =
      placeNames && placeUnresolved() ? placeTrouble(resolvePlace(placeNames, place.value), place.value, echo) : '';
    const sort = { key: state.sort, direction: state.direction };
    const counted = explorerStatus(found.length, total, { shown: shown.length, sort });
    status.textContent = trouble === '' ? counted : `${counted}. ${trouble}`;
    caption.textContent = root.dataset['caption'] ?? caption.textContent;
    empty.hidden = found.length > 0;
    more.hidden = shown.length >= found.length;
    more.textContent = `Show ${Math.min(PAGE_SIZE, found.length - shown.length)} more`;
    // The static pages list the facts in the sources' order; the rows drawn here are the view's.
    if (pager) pager.hidden = true;
  };

  const load = (): Promise<void> =>
    (loading ??= fetch(root.dataset['src'] ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json() as Promise<ExplorerData>;
      })
      .then((data) => {
        index = prepareIndex(data);
        placeNames = placeNameIndex(data.places);
      })
      .catch(() => {
        status.textContent = 'The facts could not be loaded for filtering. Reload the page to try again.';
      }));

  const update = () => {
    limit = PAGE_SIZE;
    writeAddress();
    if (index) {
      draw();
      return;
    }
    status.textContent = 'Loading the facts…';
    void load().then(draw);
  };

  const sortBy = (key: SortKey) => {
    const direction = state.sort === key && state.direction === 'asc' ? 'desc' : 'asc';
    state = { ...state, sort: key, direction };
    showState();
    update();
  };

  const clear = () => {
    for (const key of FILTER_KEYS) touched.add(key);
    state = { ...DEFAULT_STATE, sort: state.sort, direction: state.direction };
    place.value = '';
    showState();
    update();
  };

  /**
   * The view the menus and the text show: a reader may have chosen before this script was ready. The
   * place typed is resolved when the data is here.
   */
  const stateOfControls = (): ExplorerState => {
    const filters: ExplorerState['filters'] = {};
    for (const name of menuKeys) if (selects[name].value !== '') filters[name] = selects[name].value;
    return { ...state, filters, text: text.value };
  };

  /** The filters with the place `value`, or with none. */
  const withPlace = (value: string | undefined): ExplorerState['filters'] => {
    const filters = { ...state.filters };
    delete filters.place;
    return value === undefined ? filters : { ...filters, place: value };
  };

  const report = (problems: readonly { message: string }[]) => {
    if (problems.length === 0) return;
    notice.textContent = [...(notice.hidden ? [] : [notice.textContent]), ...problems.map((p) => p.message)].join(' ');
    notice.hidden = false;
  };

  /**
   * The address, read in two steps. At once, all it asks but what needs the data: the menus in the HTML
   * are checked against their options, so `?corridor=rail` shows at once and the reader may change it.
   * When the data is here, `place` (by any of its names, which the data holds; else the field's text) and
   * the menus too long for the HTML, unless the reader set them meanwhile; if the data could not be
   * loaded, those are left unread, since the load's error already says that nothing filters.
   */
  const query = new URLSearchParams(location.search);
  const later = (key: string) =>
    key === 'place' ||
    ((menuKeys as string[]).includes(key) && selects[key as Exclude<FilterKey, 'place'>].hasAttribute('data-deferred'));
  const paramsOf = (keep: (key: string) => boolean) =>
    new URLSearchParams([...query].filter(([key]) => keep(key))).toString();
  const offered = (name: FilterKey): string[] =>
    name === 'place' ? [] : [...selects[name].options].map((o) => o.value).filter((v) => v !== '');
  const inHtml = Object.fromEntries(FILTER_KEYS.map((key) => [key, offered(key)])) as Record<FilterKey, string[]>;
  const now = readExplorerState(
    paramsOf((key) => !later(key)),
    inHtml,
  );
  report(now.problems);
  state = isDefaultState(now.state) ? stateOfControls() : now.state;
  showState();
  if (!isDefaultState(state)) update();

  // The data is fetched now, as the reader reaches for a control (or the address asks for a view).
  // A menu or the place's suggestions too long for the page's HTML are filled from it then.
  void load().then(() => {
    if (!index) return;
    const menus = menuOptions(index.data);
    for (const name of menuKeys.filter((key) => selects[key].hasAttribute('data-deferred'))) {
      selects[name].append(...menus[name].map((o) => new Option(o.label, o.value)));
      selects[name].removeAttribute('data-deferred');
    }
    if (places.hasAttribute('data-deferred')) {
      places.append(
        ...placeSuggestions(index.data).map((o) => Object.assign(new Option(o.value, o.value), { label: o.label })),
      );
      places.removeAttribute('data-deferred');
    }
    const rest = readExplorerState(paramsOf(later), knownValues(index.data), placeNames);
    report(rest.problems);
    const filters = withPlace(placeFilter(place.value));
    for (const key of FILTER_KEYS) {
      const value = rest.state.filters[key];
      if (value !== undefined && !touched.has(key)) filters[key] = value;
    }
    state = { ...state, filters };
    showState();
    if (!isDefaultState(state)) update();
  });

  return {
    handle(event) {
      const target = event.target;
      if (event.type === 'input' && target === text) {
        state = { ...state, text: text.value };
        update();
      } else if (event.type === 'input' && target === place) {
        // Resolving a name needs the data: a key typed before it arrives is resolved when it does.
        touched.add('place');
        void load().then(() => {
          state = { ...state, filters: withPlace(placeFilter(place.value)) };
          update();
        });
      } else if (event.type === 'change' && target === place) {
        // Once the reader leaves the field, it shows the place's name, as the address then shows its id.
        const name = placeNames && placeNameOf(placeNames, state.filters.place);
        if (name !== undefined) place.value = name;
      } else if (event.type === 'change' && target instanceof HTMLSelectElement) {
        const name = target.name as FilterKey;
        if (!FILTER_KEYS.includes(name)) return;
        touched.add(name);
        const filters = Object.fromEntries(
          FILTER_KEYS.flatMap((key) => {
            const value = key === name ? target.value : state.filters[key];
            return value ? [[key, value]] : [];
          }),
        );
        state = { ...state, filters };
        update();
      } else if (event.type === 'click' && target instanceof Element) {
        const button = target.closest('button');
        if (!button) return;
        const key = button.closest<HTMLElement>('th[data-sort]')?.dataset['sort'];
        if (key !== undefined) sortBy(key as SortKey);
        else if (button.classList.contains('clear')) clear();
        else if (button === more) {
          limit += PAGE_SIZE;
          draw();
        }
      }
    },
  };
}
