/** Size budgets, shared by `npm run budget` and the build tests. */

/**
 * The reference: a Starlight site built from the same article, measured in the same run as ours (issue 19;
 * docs/benchmarks.md, 'Figures behind the code'). Our goal is half of its first visit or less.
 */
export const STARLIGHT_FIRST_VISIT = 48.7 * 1024;

export const BUDGETS = {
  /** A page's first visit, gzip, HTML + CSS + JS, where the page draws no map. */
  firstVisit: 20 * 1024,
  /**
   * A page with a map, first visit, gzip, by the map it draws (`data-map`): each page held to what it
   * weighs now, so a regression fails (what each weighs: docs/benchmarks.md, 'Figures behind the code').
   * Half of Starlight's first visit for the corridor maps; a place page's locator within the budget of
   * any page.
   */
  firstVisitWithMap: {
    'map-rail': STARLIGHT_FIRST_VISIT / 2,
    'map-air': STARLIGHT_FIRST_VISIT / 2,
    // Just over half of Starlight's: the next to bring under it.
    'map-intermodal': 24.6 * 1024,
    'map-overview': 24.6 * 1024,
    'map-locator': 20 * 1024,
  } as Record<string, number>,
  /**
   * The JavaScript a page runs before the reader does anything, gzip, in bytes: its module scripts
   * and the chunks they import (a corridor page's chrome, table of contents and chart loader; more with
   * Astro's one file per component script). Search, charts and highlighting load later.
   */
  firstVisitJs: 4500,
  /** One map, its SVG and legend gzipped on their own (inline in its page, they cost less). */
  map: 15 * 1024,
  /**
   * What a first search for “Khorgos” fetches in the search dialog, gzip as a host sends it (Pagefind's
   * engine, index and fragments, and our search UI): no more than a Starlight site built from the same
   * article fetches for the same search (measured side by side in issue 19).
   */
  searchQuery: 89.8 * 1024,
  /**
   * One social card (a page's `og:image`, 1200 × 630 PNG). Most weigh a third of this (docs/benchmarks.md,
   * 'Social cards'): at ~90,000 fact cards the whole site must stay within 2 GiB (issue 24).
   */
  card: 60 * 1024,
  /** The lazily loaded chunk holding Chart.js, gzip, with room above a tree-shaken bar chart (docs/benchmarks.md). */
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
