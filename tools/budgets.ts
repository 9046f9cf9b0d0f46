/** Size budgets, shared by `npm run budget` and the build tests. */

/**
 * The reference: a Starlight site built from the same article, measured in the same run as ours (issue 19).
 * Its first visit is 48.7 KB gzip; our goal is half of that or less.
 */
export const STARLIGHT_FIRST_VISIT = 48.7 * 1024;

export const BUDGETS = {
  /** A page's first visit, gzip, HTML + CSS + JS, where the page draws no map. */
  firstVisit: 20 * 1024,
  /**
   * A page with a map, first visit, gzip, by the map it draws (`data-map`): each page held to what it
   * weighs now, so a regression fails. Half of Starlight's first visit (24.3 KB) for the corridor maps;
   * a place page's locator within the 20 KB of any page (17.8 to 19.3 KB today).
   * Today: rail 22.9 KB (map 2.7 KB), air 24.1 KB (5.3 KB), intermodal 24.5 KB (3.9 KB), the
   * overview on the home page 24.3 KB and on the places page 23.1 KB (8.7 KB).
   */
  firstVisitWithMap: {
    'map-rail': STARLIGHT_FIRST_VISIT / 2,
    'map-air': STARLIGHT_FIRST_VISIT / 2,
    // 0.2 KB over half of Starlight's: the next to bring under it.
    'map-intermodal': 24.6 * 1024,
    'map-overview': 24.6 * 1024,
    'map-locator': 20 * 1024,
  } as Record<string, number>,
  /**
   * The JavaScript a page runs before the reader does anything, gzip, in bytes: its module scripts
   * and the chunks they import (a corridor page's chrome, table of contents and chart loader; was
   * 4,997 B, with Astro's one file per component script). Search, charts and highlighting load later.
   */
  firstVisitJs: 4500,
  /** One map, its SVG and legend gzipped on their own (inline in its page, they cost less). */
  map: 15 * 1024,
  /**
   * What a first search for “Khorgos” fetches in the search dialog, gzip as a host sends it (Pagefind's
   * engine, index and fragments, and our search UI): no more than a Starlight site built from the same
   * article fetches for the same search, 89.8 KB (measured side by side in issue 19).
   */
  searchQuery: 89.8 * 1024,
  /** The lazily loaded chunk holding Chart.js, gzip (a tree-shaken bar chart is about 46 KB). */
  chartChunk: 60 * 1024,
};

/** The first-visit budget of a page drawing the maps `mapIds` (none for most pages). A new map needs a budget here. */
export function firstVisitBudget(mapIds: readonly string[]): number {
  const budgets = mapIds.map((id) => {
    const budget = BUDGETS.firstVisitWithMap[id];
    if (budget === undefined)
      throw new Error(`No first-visit budget for a page with the map ${id}: add one in tools/budgets.ts`);
    return budget;
  });
  return budgets.length === 0 ? BUDGETS.firstVisit : Math.max(...budgets);
}
