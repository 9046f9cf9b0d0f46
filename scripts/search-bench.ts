/**
 * Measures search as a reader meets it, on the built site in Chromium: for
 * typical queries typed into the search dialog at 40 ms a key, the time to the
 * first rendered result (from the first and from the last keystroke) and what
 * one such search fetches (engine, index, result fragments, our UI: requests,
 * raw and gzip bytes); then the time for a second query in the same dialog.
 * Prints figures; it asserts nothing. `npm run bench:search` (after `npm run build`).
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';
import { BUDGETS } from '../tools/budgets.ts';
import { category, GROUPS, searchBytes, startTiming, typeAndTime, type Group } from '../tools/search-timing.ts';

const QUERIES = ['Khorgos', 'khorgos trains', 'dushanbe', 'transit time', '2485', 'fertilizer'];
/** The second query of each visit, once the engine and index are loaded. */
const WARM_QUERY = 'lianyungang';
const distDir = join(process.cwd(), process.argv[2] ?? 'dist');
/** Visits per query: times are the median visit's, bytes the heaviest visit's. */
const RUNS = Number(process.env['RUNS'] ?? 5);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const server = await serveStatic(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const rows: string[][] = [
  [
    'query',
    'first result from first key',
    'results for the whole query from last key',
    `then "${WARM_QUERY}"`,
    'requests',
    'total gzip',
    ...GROUPS.map((g) => `${g} raw/gzip`),
  ],
];
interface Visit {
  fromFirst: number;
  fromLast: number;
  warm: number;
  requests: number;
  totals: Record<Group, { raw: number; gzip: number }>;
}

/** One fresh visit: the dialog opened, the query typed, what it fetched, then a second query. */
async function visit(query: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // Every request of the visit (a Web Worker's too, which resource timing would miss).
    const fetched: string[] = [];
    context.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/corridors/rail/`);
    // What the page itself loads is not the search's.
    await page.waitForLoadState('networkidle');
    fetched.length = 0;
    await page.keyboard.press('Control+k');
    await startTiming(page);
    const cold = await typeAndTime(page, query);
    // Let the first batch finish loading, then count what this one search fetched.
    await page.waitForLoadState('networkidle');
    const searched = new Set(fetched.filter((path) => category(path) !== undefined));
    const warm = await typeAndTime(page, WARM_QUERY);
    const totals = searchBytes(distDir, searched);
    return { fromFirst: cold.fromFirst, fromLast: cold.fromLast, warm: warm.fromLast, requests: searched.size, totals };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const gzipTotal = (v: Visit) => GROUPS.reduce((sum, g) => sum + v.totals[g].gzip, 0);

try {
  for (const query of QUERIES) {
    const visits: Visit[] = [];
    for (let i = 0; i < RUNS; i += 1) visits.push(await visit(query));
    // Times: the median visit. Bytes: the visit that fetched most.
    const most = visits.reduce((a, b) => (gzipTotal(b) > gzipTotal(a) ? b : a));
    rows.push([
      query,
      `${median(visits.map((v) => v.fromFirst)).toFixed(0)} ms`,
      `${median(visits.map((v) => v.fromLast)).toFixed(0)} ms`,
      `${median(visits.map((v) => v.warm)).toFixed(0)} ms`,
      String(most.requests),
      kb(gzipTotal(most)),
      ...GROUPS.map((g) => `${kb(most.totals[g].raw)} / ${kb(most.totals[g].gzip)}`),
    ]);
  }
} finally {
  await browser.close();
  await server.close();
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
const khorgos = rows.find((row) => row[0] === 'Khorgos')?.[5];
console.log(
  `\n“Khorgos”: ${khorgos ?? '?'} gzip here; ${kb(BUDGETS.searchQuery)} gzip on a Starlight site built from the same article (measured in issue 19).`,
);
console.log(
  `\nEach query: ${RUNS} fresh visits to /corridors/rail/ (RUNS=n to change), the dialog opened and the query typed at 40 ms a key. The first search also loads the engine and index; "then" is a second query in the same dialog. Times: the median visit. Requests and bytes: what the first search fetched in the heaviest visit (gzip as a host would serve it; Pagefind's index files and WebAssembly are gzip already and counted as they are).`,
);
