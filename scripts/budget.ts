/**
 * Prints what each page downloads (HTML, CSS and JS, raw and gzip) on a first
 * visit and after the reader scrolls to a chart, and fails when a page breaks
 * a budget. `npm run budget` builds first; `node scripts/budget.ts DIR` measures another build.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listPages } from '../tools/site.ts';
import { BUDGETS, firstVisitBudget, STARLIGHT_FIRST_VISIT } from '../tools/budgets.ts';
import { pageWeight, type Weight } from '../tools/page-weight.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pair = (w: Weight) => `${kb(w.raw)} / ${kb(w.gzip)}`;
const rows: string[][] = [
  [
    'page',
    'HTML raw/gzip',
    'CSS raw/gzip',
    'print CSS†',
    'JS at first visit',
    'JS after scrolling to a chart',
    'search UI on open*',
    'first visit gzip',
    '× Starlight',
    '',
  ],
];
const failures: string[] = [];
const jsBytes: number[] = [];

for (const path of listPages(distDir)) {
  const w = pageWeight(distDir, path);
  const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const hasChart = html.includes('<fact-chart');
  const chartChunks = w.lazy.filter((chunk) => chunk.hasChartJs);
  const afterScroll = chartChunks.reduce(
    (sum, c) => ({ raw: sum.raw + c.weight.raw, gzip: sum.gzip + c.weight.gzip }),
    w.js,
  );
  const searchChunks = w.lazy.filter((chunk) => /^src\/client\/search-(dialog|page)\./.test(chunk.src));
  const onSearch = searchChunks.reduce((sum, c) => ({ raw: sum.raw + c.weight.raw, gzip: sum.gzip + c.weight.gzip }), {
    raw: 0,
    gzip: 0,
  });
  const notes: string[] = [];
  jsBytes.push(w.js.gzip);
  const budget = firstVisitBudget(w.maps.map((map) => map.id));
  if (w.total.gzip > budget) failures.push(`${path}: first visit ${kb(w.total.gzip)} gzip, over ${kb(budget)}`);
  if (w.js.gzip > BUDGETS.firstVisitJs)
    failures.push(`${path}: ${w.js.gzip} B gzip of JavaScript at first visit, over ${BUDGETS.firstVisitJs} B`);
  for (const map of w.maps) {
    notes.push(`map ${map.id} ${kb(map.weight.gzip)} gzip`);
    if (map.weight.gzip > BUDGETS.map)
      failures.push(`${path}: the map ${map.id} is ${kb(map.weight.gzip)} gzip, over ${kb(BUDGETS.map)}`);
  }
  if (w.chartJsAtFirstVisit)
    failures.push(`${path}: Chart.js loads at first visit instead of when a chart comes into view`);
  if (!hasChart && w.loadsChartJs) failures.push(`${path}: has no chart but ships Chart.js`);
  if (w.chartChunkGzip > BUDGETS.chartChunk)
    failures.push(`${path}: the Chart.js chunk is ${kb(w.chartChunkGzip)} gzip, over ${kb(BUDGETS.chartChunk)}`);
  if (hasChart) notes.push(`Chart.js chunk ${kb(w.chartChunkGzip)} gzip`);
  rows.push([
    path,
    pair(w.html),
    pair(w.css),
    pair(w.printCss),
    pair(w.js),
    hasChart ? pair(afterScroll) : '(no chart)',
    pair(onSearch),
    kb(w.total.gzip),
    `${(w.total.gzip / STARLIGHT_FIRST_VISIT).toFixed(2)}×`,
    notes.join('; '),
  ]);
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows)
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
console.log(
  "\n* Our search UI code only; Pagefind's engine and index come from /pagefind/ on first search (see npm run bench:search).",
);
console.log(
  '† Linked with media="print": fetched at the lowest priority and never blocking the screen, so not in the first visit.',
);
console.log(
  `× Starlight: against ${kb(STARLIGHT_FIRST_VISIT)} gzip, a Starlight site's first visit built from the same article (measured in issue 19).`,
);
if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(
    `\nAll ${rows.length - 1} pages within budget: first visit ≤ ${kb(BUDGETS.firstVisit)} gzip (with a map, each page its own budget of tools/budgets.ts, each map ≤ ${kb(BUDGETS.map)} gzip on its own), JS at first visit ≤ ${BUDGETS.firstVisitJs} B gzip (most: ${Math.max(...jsBytes)} B), Chart.js chunk ≤ ${kb(BUDGETS.chartChunk)} gzip, no Chart.js on pages without a chart.`,
  );
}
