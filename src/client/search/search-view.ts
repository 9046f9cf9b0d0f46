/**
 * Renders search results as a listbox of links and moves through them with
 * the arrow keys while focus stays in the search box (the ARIA combobox
 * pattern), for both the search dialog and the search page.
 */
import { figureBadges, type ResultItem } from '@/lib/search/search-results.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function option(
  id: string,
  url: string,
  title: string,
  excerptHtml: string,
  badges: string[],
  sub: boolean,
  page?: string,
): HTMLAnchorElement {
  const link = element('a', sub ? 'result result-section' : 'result');
  link.id = id;
  link.href = url;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  const head = element('span', 'result-head');
  head.append(element('span', 'result-title', title));
  for (const badge of badges) head.append(element('span', 'result-badge', badge));
  const excerpt = element('span', 'result-excerpt');
  // Pagefind escapes the page text and adds only <mark> around the terms.
  excerpt.innerHTML = excerptHtml;
  if (page !== undefined) link.append(element('span', 'result-page', page));
  link.append(head, excerpt);
  return link;
}

/** The options of one result: the result itself, then its best sections. */
function optionsOf(item: ResultItem, id: string): HTMLAnchorElement[] {
  const badges = [item.kindLabel, ...item.corridors, ...figureBadges(item)];
  const main = option(id, item.url, item.title, item.excerpt, badges, false, item.page);
  const subs = item.sections.map((section, j) =>
    option(`${id}-${j}`, section.url, section.title, section.excerpt, figureBadges(section), true),
  );
  return [main, ...subs];
}

/**
 * Shows results in the listbox: in place of what it holds, or after it when `append` (results
 * numbered from `first`, so their ids stay unique). Returns the options added, in order.
 */
export function renderResults(
  listbox: HTMLElement,
  items: readonly ResultItem[],
  idPrefix: string,
  { append = false, first = 0 } = {},
): HTMLAnchorElement[] {
  const options = items.flatMap((item, i) => optionsOf(item, `${idPrefix}-${first + i}`));
  if (append) listbox.append(...options);
  else listbox.replaceChildren(...options);
  return options;
}

/**
 * Arrow keys move the active option, Enter opens it. The input keeps focus
 * and points at the active option through aria-activedescendant.
 */
export function attachListboxKeys(input: HTMLInputElement, options: () => HTMLAnchorElement[]): () => void {
  let active = -1;
  const activate = (index: number) => {
    const list = options();
    list.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    active = index;
    const current = list[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const onKey = (event: KeyboardEvent) => {
    const list = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activate(active === -1 ? (step === 1 ? 0 : list.length - 1) : (active + step + list.length) % list.length);
    } else if (event.key === 'Enter') {
      const target = list[active] ?? list[0];
      if (target) {
        event.preventDefault();
        target.click();
      }
    }
  };
  const reset = () => activate(-1);
  input.addEventListener('keydown', onKey);
  input.addEventListener('input', reset);
  return reset;
}
