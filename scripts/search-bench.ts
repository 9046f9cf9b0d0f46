/**
 * Measures search as a reader meets it, on the built site in Chromium: for a
 * few typical queries typed into the search dialog, the time from the last
 * keystroke to the first rendered result, and the bytes fetched for search
 * (engine, index, result fragments, our UI), raw and gzip. Prints figures; it
 * asserts nothing. `npm run bench:search` (after `npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const QUERIES = ['khorgos trains', 'dushanbe', 'transit time', '2485', 'fertilizer'];
/** The second query of each visit, once the engine and index are loaded. */
const WARM_QUERY = 'lianyungang';
const distDir = join(process.cwd(), process.argv[2] ?? 'dist');

function category(path: string): string | undefined {
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[\w]+\.pagefind)$/.test(path)) return 'engine';
  if (/\/pagefind\/(.*\.pf_meta|index\/|filter\/)/.test(path)) return 'index';
  if (/\/pagefind\/fragment\//.test(path)) return 'fragments';
  if (/\/_astro\/(search-|highlight)/.test(path)) return 'ui';
  return undefined;
}

function sizes(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(join(distDir, decodeURIComponent(path)));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const server = await serveStatic(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const rows: string[][] = [
  [
    'query',
    'first result after last key (cold)',
    `then "${WARM_QUERY}" (warm)`,
    'engine raw/gzip',
    'index raw/gzip',
    'fragments raw/gzip',
    'UI raw/gzip',
  ],
];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Requests from Pagefind's Web Worker do not show in the page's resource timing, but do here.
    const fetched = new Set<string>();
    context.on('requestfinished', (request) => fetched.add(new URL(request.url()).pathname));
    await page.goto(`${server.url}/corridors/rail/`);
    await page.keyboard.press('Control+k');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-dialog-input');
      const listbox = document.querySelector('#search-dialog-results');
      const timing = { lastKey: 0, first: 0 };
      Object.assign(window, { searchTiming: timing });
      input?.addEventListener('input', () => {
        timing.lastKey = performance.now();
        timing.first = 0;
      });
      if (listbox) {
        new MutationObserver(() => {
          if (timing.first === 0 && timing.lastKey > 0 && listbox.querySelector('[role="option"]'))
            timing.first = performance.now();
        }).observe(listbox, { childList: true });
      }
    });
    const measure = async (text: string) => {
      await page.locator('#search-dialog-input').fill('');
      await page.keyboard.type(text, { delay: 40 });
      await page.waitForFunction(
        () => (window as unknown as { searchTiming: { first: number } }).searchTiming.first > 0,
        undefined,
        { timeout: 10_000 },
      );
      return page.evaluate(() => {
        const t = (window as unknown as { searchTiming: { first: number; lastKey: number } }).searchTiming;
        return t.first - t.lastKey;
      });
    };
    const cold = await measure(query);
    const warm = await measure(WARM_QUERY);
    const totals: Record<string, { raw: number; gzip: number }> = {};
    for (const path of fetched) {
      const group = category(path);
      if (!group) continue;
      const size = sizes(path);
      const sum = (totals[group] ??= { raw: 0, gzip: 0 });
      sum.raw += size.raw;
      sum.gzip += size.gzip;
    }
    const cell = (group: string) => `${kb(totals[group]?.raw ?? 0)} / ${kb(totals[group]?.gzip ?? 0)}`;
    rows.push([
      query,
      `${cold.toFixed(0)} ms`,
      `${warm.toFixed(0)} ms`,
      cell('engine'),
      cell('index'),
      cell('fragments'),
      cell('ui'),
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
  '\nCold: the first search of a visit, typed at 40 ms a key, which also loads the engine and index. Warm: a second query in the same dialog. Bytes: everything search fetched in the visit.',
);
