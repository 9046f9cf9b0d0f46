/**
 * Measures the editor's loop: `npm run bench:dev -- --sources N` (10, 100, 1000; 100 by default) adds N
 * synthetic sources of 30 facts each (tools/synthetic-corpus.ts, the corpus of `bench:scale`) to a
 * temporary copy of the content, starts `astro dev` on it (CONTENT_DIR, tools/dev-server.ts) and measures:
 * the time until the server is ready, the first load of a fact page, a corridor page and /facts/ (each
 * a full GET of its HTML, in that order, the first of them paying for the content graph), and the time
 * from saving an edit to one fact's YAML until that fact's page, open in Chromium, shows the edit
 * (Astro reloads the page when its content changes). Prints what it measured, the machine's load, then
 * one JSON object as its last line. Not a test: it asserts nothing. See docs/benchmarks.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.ts';
import { copyContent } from '../tools/content-copy.ts';
import { startDevServer, type DevServer } from '../tools/dev-server.ts';
import { addSyntheticContent } from '../tools/synthetic-content.ts';

const { values: args } = parseArgs({ options: { sources: { type: 'string', default: '100' } } });
const sources = Number(args.sources);
if (!Number.isInteger(sources) || sources < 1) throw new Error(`--sources must be a positive whole number`);

/** Milliseconds to GET a page's whole HTML; fails on anything but 200. */
async function firstLoad(server: DevServer, path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.origin}${path}`);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status}\n${html.slice(0, 2000)}`);
  return Math.round(performance.now() - started);
}

const copy = await copyContent('dev-bench');
let server: DevServer | undefined;
try {
  const corpus = await addSyntheticContent(copy.contentDir, { sources });
  const facts = corpus.sources.reduce((sum, source) => sum + source.facts.length, 32);
  const source = corpus.sources[Math.floor(corpus.sources.length / 2)];
  const fact = source?.facts[0];
  if (source === undefined || fact === undefined) throw new Error('the corpus has no fact');
  const loadBefore = loadavg()[0] ?? 0;

  server = await startDevServer({ contentDir: copy.contentDir, timeoutMs: 600_000 });
  const readyMs = Math.round(server.readyMs);
  const firstFactPageMs = await firstLoad(server, `/facts/${fact.id}/`);
  const firstCorridorPageMs = await firstLoad(server, '/corridors/rail/');
  const firstExplorerMs = await firstLoad(server, '/facts/');

  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  let editToReloadMs: number;
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/facts/${fact.id}/`);
    // Astro's client connects to the dev server's socket after the page loads; a reload needs it.
    await page.waitForLoadState('networkidle');
    const file = join(copy.contentDir, 'facts', `${source.id}.yaml`);
    const text = await readFile(file, 'utf8');
    const statement = String(fact['statement']);
    const marker = `edited ${Date.now()}`;
    if (!text.includes(`statement: ${statement}\n`))
      throw new Error(`${fact.id}'s statement is not on a line of its own`);
    const started = performance.now();
    await writeFile(file, text.replace(`statement: ${statement}\n`, `statement: ${statement} (${marker})\n`));
    for (;;) {
      // The page is replaced as it reloads: a check during that fails, and is tried again.
      const shown = await page.evaluate((m) => document.body.innerText.includes(m), marker).catch(() => false);
      if (shown) break;
      if (performance.now() - started > 120_000) throw new Error(`the edit did not show within 2 minutes`);
      await sleep(20);
    }
    editToReloadMs = Math.round(performance.now() - started);
  } finally {
    await browser.close();
  }

  const loadAfter = loadavg()[0] ?? 0;
  console.log(`dev server on ${sources} synthetic sources, ${facts} facts`);
  console.log(`ready:                 ${readyMs} ms`);
  console.log(`first fact page:       ${firstFactPageMs} ms`);
  console.log(`first corridor page:   ${firstCorridorPageMs} ms`);
  console.log(`first /facts/:         ${firstExplorerMs} ms`);
  console.log(`edit to reloaded page: ${editToReloadMs} ms`);
  console.log(`load average (1 min):  ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`);
  // What the server says it spent: the loaders' reads and the content graph's (src/data/content.ts), to find what grows.
  const said = server
    .output()
    .split('\n')
    .filter((line) => /\[content\] \d+ facts|entries from \d+ files/.test(line));
  console.log(`the server's content lines:\n  ${said.slice(-8).join('\n  ')}`);
  console.log(
    JSON.stringify({
      sources,
      facts,
      readyMs,
      firstFactPageMs,
      firstCorridorPageMs,
      firstExplorerMs,
      editToReloadMs,
    }),
  );
} catch (error) {
  if (server !== undefined) console.error(server.output().slice(-4000));
  throw error;
} finally {
  await server?.stop();
  await copy.remove();
}
