/**
 * Timing a search as a reader meets it, in the search dialog (`#search-dialog-input`), and sorting what
 * it fetched: shared by the search benchmark (scripts/search-bench.ts) and the scale benchmark
 * (scripts/scale-bench.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export const GROUPS = ['engine', 'index', 'fragments', 'ui'] as const;
export type Group = (typeof GROUPS)[number];
/** What a request of a search is: Pagefind's engine, its index, a result's fragment, or our search UI. */
export function category(path: string): Group | undefined {
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[\w]+\.pagefind)$/.test(path)) return 'engine';
  if (/\/pagefind\/(.*\.pf_meta|pagefind-entry\.json|index\/|filter\/)/.test(path)) return 'index';
  if (/\/pagefind\/fragment\//.test(path)) return 'fragments';
  // Any script chunk a search loads, the modules it shares with other code (escape.js) too: the page's
  // own scripts load before search opens, and the benchmark counts only what the search fetched.
  if (/\/_astro\/[^/]+\.js$/.test(path)) return 'ui';
  return undefined;
}

/** Pagefind's index, fragments and WebAssembly: gzip already, so a host sends them as they are. */
const COMPRESSED = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/** A fetched file of the built site `distDir`, raw and as a host sends it (gzip at level 9 unless it is gzip already). */
export function servedSize(distDir: string, path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(join(distDir, decodeURIComponent(path)));
  return { raw: bytes.length, gzip: COMPRESSED.test(path) ? bytes.length : gzipSync(bytes, { level: 9 }).length };
}

/** What a search fetched (the paths of its requests; others are ignored), raw and gzip, by group. */
export function searchBytes(distDir: string, paths: Iterable<string>): Record<Group, { raw: number; gzip: number }> {
  const totals = Object.fromEntries(GROUPS.map((g) => [g, { raw: 0, gzip: 0 }])) as Record<
    Group,
    { raw: number; gzip: number }
  >;
  for (const path of new Set(paths)) {
    const group = category(path);
    if (group === undefined) continue;
    const size = servedSize(distDir, path);
    totals[group].raw += size.raw;
    totals[group].gzip += size.gzip;
  }
  return totals;
}

/**
 * Starts timing on the page: the first and last keystroke into the dialog's box, the first result
 * shown after the first key (for whatever the box held then), and the first shown after the last.
 */
export async function startTiming(page: Page): Promise<void> {
  await page.evaluate(() => {
    const listbox = document.querySelector('#search-dialog-results');
    const timing = { firstKey: 0, lastKey: 0, first: 0, any: 0 };
    Object.assign(window, { searchTiming: timing });
    // In the capture phase, so the keystroke is timed before the search's own listener runs (a
    // search answered from memory can render before a later listener would see the event).
    window.addEventListener(
      'input',
      () => {
        if (timing.firstKey === 0) {
          timing.firstKey = performance.now();
          timing.any = 0;
        }
        timing.lastKey = performance.now();
        timing.first = 0;
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (!listbox?.querySelector('[role="option"]')) return;
      if (timing.first === 0 && timing.lastKey > 0) timing.first = performance.now();
      if (timing.any === 0 && timing.firstKey > 0) timing.any = performance.now();
    }).observe(listbox ?? document, { childList: true });
  });
}

/** Types `text` into the dialog's box at 40 ms a key and waits for its first result: times from the first and the last key. */
export async function typeAndTime(page: Page, text: string): Promise<{ fromFirst: number; fromLast: number }> {
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
    const t = (window as unknown as { searchTiming: { first: number; any: number; firstKey: number; lastKey: number } })
      .searchTiming;
    return { fromFirst: t.any - t.firstKey, fromLast: t.first - t.lastKey };
  });
}
