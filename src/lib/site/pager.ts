/**
 * Paging of a long list into static pages (`/facts/`, `/facts/page/2/`, …; `/sources/page/2/`, …):
 * how many pages, which items each holds, and which pages a pager links to.
 */

/** How many static pages `total` items take at `size` a page: at least one, for an empty list. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on static page `page` (from 1), as indices `[from, to)`. */
export function pageRange(page: number, total: number, size: number): { from: number; to: number } {
  const from = Math.min((page - 1) * size, total);
  return { from, to: Math.min(from + size, total) };
}

/**
 * The pages a pager links to: the first, the last, and those next to the current one, with
 * `undefined` for each gap: page 5 of 9 is `1 … 4 5 6 … 9`.
 */
export function pagerItems(current: number, count: number): (number | undefined)[] {
  const items: (number | undefined)[] = [];
  for (let page = 1; page <= count; page++) {
    if (page === 1 || page === count || Math.abs(page - current) <= 1) items.push(page);
    else if (items.at(-1) !== undefined) items.push(undefined);
  }
  return items;
}
