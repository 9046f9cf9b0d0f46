/** Size budgets, shared by `npm run budget` and the build tests. */
export const BUDGETS = {
  /** A page's first visit, gzip, HTML + CSS + JS. The reference docs framework ships about 49 KB on the same article. */
  firstVisit: 20 * 1024,
  /**
   * A page with a map, first visit, gzip: the 20 KB of any page and 8 KB more for its inline SVG map.
   * Today the overview adds 9.3 KB to the home page (25.0 KB in all), a corridor's map 2.7 to 5.6 KB
   * (23.6 to 25.2 KB), a locator 5 KB (place pages 18 to 19.5 KB).
   */
  firstVisitWithMap: 28 * 1024,
  /** One map, its SVG and legend gzipped on their own (inline in its page, they cost less). */
  map: 15 * 1024,
  /** The lazily loaded chunk holding Chart.js, gzip (a tree-shaken bar chart is about 46 KB). */
  chartChunk: 60 * 1024,
};
