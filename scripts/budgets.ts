/** Size budgets, shared by `npm run budget` and the build tests. */
export const BUDGETS = {
  /** A page's first visit, gzip, HTML + CSS + JS. The reference docs framework ships about 49 KB on the same article. */
  firstVisit: 20 * 1024,
  /** The lazily loaded chunk holding Chart.js, gzip (a tree-shaken bar chart is about 46 KB). */
  chartChunk: 60 * 1024,
};
