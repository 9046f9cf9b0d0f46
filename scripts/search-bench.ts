/**
 * Measures search as a reader meets it, on the built site in Chromium: for
 * typical queries typed into the search dialog at 40 ms a key, the time to the
 * first rendered result (from the first and from the last keystroke) and what
 * one such search fetches (engine, index, result fragments, our UI: requests,
 * raw and gzip bytes); then the time for a second query in the same dialog.
 * Prints figures; it asserts nothing. `npm run bench:search` (after `npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const QUERIES = ['Khorgos', 'khorgos trains', 'dushanbe', 'transit time', '2485', 'fertilizer'];
/** The second query of each visit, once the engine and index are loaded. */
const WARM_QUERY = 'lianyungang';
const GROUPS = ['engine', 'index', 'fragments', 'ui'] as const;
type Group = (typeof GROUPS)[number];
const distDir = join(process.cwd(), process.argv[2] ?? 'dist');

function category(path: string): Group | undefined {
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[\w]+\.pagefind)$/.test(path)) return 'engine';
  if (/\/pagefind\/(.*\.pf_meta|pagefind-entry\.json|index\/|filter\/)/.test(path)) return 'index';
  if (/\/pagefind\/fragment\//.test(path)) return 'fragments';
  if (/\/_astro\/(search-|highlight)/.test(path)) return 'ui';
  return undefined;
}

function sizes(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(join(distDir, decodeURIComponent(path)));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Starts timing on the page: the first and last keystroke into the dialog's box, and the first result after them. */
async function startTiming(page: Page): Promise<void> {
  await page.evaluate(() => {
    const listbox = document.querySelector('#search-dialog-results');
    const timing = { firstKey: 0, lastKey: 0, first: 0 };
    Object.assign(window, { searchTiming: timing });
    // In the capture phase, so the keystroke is timed before the search's own listener runs (a
    // search answered from memory can render before a later listener would see the event).
    window.addEventListener(
      'input',
      () => {
        timing.firstKey ||= performance.now();
        timing.lastKey = performance.now();
        timing.first = 0;
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (timing.first === 0 && timing.lastKey > 0 && listbox?.querySelector('[role="option"]'))
        timing.first = performance.now();
    }).observe(listbox ?? document, { childList: true });
  });
}

async function typeAndTime(page: Page, text: string): Promise<{ fromFirst: number; fromLast: number }> {
  await page.locator('#search-dialog-input').fill('');
  await page.evaluate(() => {
    const t = (window as unknown as { searchTiming: { firstKey: number } }).searchTiming;
    t.firstKey = 0;
  });
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForFunction(
    () => (window as unknown as { searchTiming: { first: number } }).searchTiming.first > 0,
    undefined,
    { timeout: 10_000 },
  );
  return page.evaluate(() => {
    const t = (window as unknown as { searchTiming: { first: number; firstKey: number; lastKey: number } })
      .searchTiming;
    return { fromFirst: t.first - t.firstKey, fromLast: t.first - t.lastKey };
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const server = await serveStatic(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const rows: string[][] = [
  [
    'query',
    'first result from first key',
    'from last key',
    `then "${WARM_QUERY}"`,
    'requests',
    'total gzip',
    ...GROUPS.map((g) => `${g} raw/gzip`),
  ],
];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Every request of the visit, Pagefind's worker's included (resource timing would miss those).
    const fetched: string[] = [];
    context.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/corridors/rail/`);
    await page.keyboard.press('Control+k');
    await startTiming(page);
    const cold = await typeAndTime(page, query);
    // Let the first batch finish loading (fragments render together), then count what this one search fetched.
    await page.waitForLoadState('networkidle');
    const searched = fetched.filter((path) => category(path) !== undefined);
    const warm = await typeAndTime(page, WARM_QUERY);
    const totals = Object.fromEntries(GROUPS.map((g) => [g, { raw: 0, gzip: 0 }])) as Record<
      Group,
      { raw: number; gzip: number }
    >;
    for (const path of new Set(searched)) {
      const size = sizes(path);
      const sum = totals[category(path) ?? 'ui'];
      sum.raw += size.raw;
      sum.gzip += size.gzip;
    }
    const total = GROUPS.reduce((sum, g) => sum + totals[g].gzip, 0);
    rows.push([
      query,
      `${cold.fromFirst.toFixed(0)} ms`,
      `${cold.fromLast.toFixed(0)} ms`,
      `${warm.fromLast.toFixed(0)} ms`,
      String(new Set(searched).size),
      kb(total),
      ...GROUPS.map((g) => `${kb(totals[g].raw)} / ${kb(totals[g].gzip)}`),
    ]);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
console.log(
  `\nEach row is a fresh visit to /corridors/rail/: the dialog opened, the query typed at 40 ms a key. The first search also loads the engine and index; "then" is a second query in the same dialog. Requests and bytes: what that first search fetched (gzip as a host would serve it; Pagefind's index files are already compressed).`,
);
