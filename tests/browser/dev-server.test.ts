/**
 * The editor's loop under `npm run dev`: on a copy of the content (CONTENT_DIR), a page is open in the
 * browser when a content file is saved with a slip; the content rules' message (file › entry › field:
 * fix, as `npm run build` prints it) shows in Astro's error overlay and in the dev server's terminal,
 * without a restart, stays on a reload until the file is fixed, and saving the fix brings the page back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { copyContent, type ContentCopy } from '../../tools/content-copy.ts';
import { startDevServer, type DevServer } from '../../tools/dev-server.ts';
import { reloadsTold, TOLD_EVENT } from '../../src/lib/content/missed-reloads.ts';
import { connectBrowser } from '../support/browser.ts';
import { holdBuildLock } from '../support/build.ts';

let copy: ContentCopy;
let server: DevServer;
let browser: Browser;
let releaseBuildLock: (() => Promise<void>) | undefined;

beforeAll(async () => {
  // The dev server writes Astro's generated .astro/ folder, as a build does, and reads it while it runs
  // (the corridors' MDX through .astro/content-modules.mjs, which names each file by its content folder's
  // path): never beside a build, for its whole run, which is short (docs/benchmarks.md, 'The editor's loop').
  releaseBuildLock = await holdBuildLock();
  copy = await copyContent('dev');
  [server, browser] = await Promise.all([startDevServer({ contentDir: copy.contentDir }), connectBrowser()]);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await browser?.close();
  await copy?.remove();
  await releaseBuildLock?.();
});

/** A content file of the copy, as the messages name it (from the project's folder), and a way to change it. */
async function contentFile(file: string) {
  const path = join(copy.contentDir, file);
  const original = await readFile(path, 'utf8');
  return {
    named: relative(process.cwd(), path),
    save: async (from: string, to: string) => {
      expect(original, 'the change applies').toContain(from);
      await writeFile(path, original.replace(from, to));
    },
    // Only when changed: a write is seen by the loaders as a save, and read while half written.
    restore: async () => {
      if ((await readFile(path, 'utf8')) !== original) await writeFile(path, original);
    },
  };
}

/** The line (1-based) of a content file on which `needle` first occurs. */
async function lineOf(file: string, needle: string): Promise<number> {
  const text = await readFile(join(copy.contentDir, file), 'utf8');
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/**
 * A page of the dev server, open with Astro's client connected, as an editor keeps it beside their
 * editor, and what its clients have sent on their sockets so far.
 */
async function openPage(path: string): Promise<{ page: Page; sent: string[] }> {
  const page = await browser.newPage();
  const sent: string[] = [];
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => void sent.push(String(payload))));
  await page.goto(`${server.origin}${path}`);
  await page.waitForLoadState('networkidle');
  return { page, sent };
}

/**
 * Reloads the page as a reader would. Astro may be reloading it itself (an MDX page is a module too,
 * and a page on an error is reloaded on any file change): a reload it cuts short is tried again.
 */
async function reload(page: Page, tries = 3): Promise<void> {
  for (let tried = 1; ; tried++) {
    try {
      await page.reload();
      return;
    } catch (error) {
      if (tried >= tries) throw error;
      // The navigation that cut it short (Astro's own reload) ends first.
      await page.waitForLoadState('load');
    }
  }
}

/**
 * What Astro's error overlay says (it draws in a shadow root), or '' when there is none or the page is
 * between documents. Playwright's `evaluate` waits for a navigation under way, and has no timeout of its
 * own; a reload that never commits would hold it, and `expect.poll`, which awaits each check, with it.
 */
const overlayText = (page: Page) =>
  Promise.race([
    page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? ''),
    sleep(5_000).then(() => ''),
  ]).catch(() => '');

/** How long a page must go without a load starting to count as settled. */
const SETTLED_MS = 1_000;

/**
 * Saves a slip, sees its message in the overlay, the terminal and after a reload, then saves the fix and
 * sees the page come back, settle and stay. A failure names the steps done, with their times: the
 * summary of a test run shows an error's message, and not what the test printed.
 */
async function slipAndFix(options: { page: string; file: string; from: string; to: string; message: string }) {
  const file = await contentFile(options.file);
  const message = `${file.named}${options.message}`;
  // What the server did is the first thing to read when the page does not come back (a timeout included).
  onTestFailed(() => console.error(`astro dev printed, last:\n${server.output().slice(-6000)}`));
  const started = performance.now();
  const steps: string[] = [];
  const step = (name: string) => steps.push(`${name} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let page: Page | undefined;
  // Loads of the page, counted and timed from their requests: a load under way is not yet settled.
  let loads = 0;
  let loadedAt = performance.now();
  const run = async () => {
    const { page: opened, sent } = await openPage(options.page);
    page = opened;
    opened.on('request', (request) => {
      if (!request.isNavigationRequest() || request.frame() !== opened.mainFrame()) return;
      loads += 1;
      loadedAt = performance.now();
    });
    const shown = () =>
      opened
        .locator('main h1')
        .textContent({ timeout: 5_000 })
        .catch(() => '');
    const heading = await opened.locator('main h1').textContent({ timeout: 60_000 });
    // Each page is told the reloads sent before it was asked for, which it says back once its socket is open.
    const told = await opened.evaluate(() =>
      (performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]).flatMap((entry) =>
        entry.serverTiming.map(({ name, description }) => ({ name, description })),
      ),
    );
    expect(reloadsTold(told)).toEqual(expect.any(Number));
    await expect.poll(() => sent.some((payload) => payload.includes(TOLD_EVENT))).toBe(true);
    step('opened');
    const printedBefore = server.output().length;
    await file.save(options.from, options.to);
    await expect.poll(() => overlayText(opened), { timeout: 30_000 }).toContain(message);
    step('slip shown');
    await server.waitForOutput(message, { from: printedBefore, timeoutMs: 5_000 });
    await reload(opened);
    await expect.poll(() => overlayText(opened), { timeout: 30_000 }).toContain(message);
    step('slip shown after a reload');
    const before = loads;
    await file.restore();
    // Saving the fix reloads the page (Astro's client), even one that was reloading when the fix was
    // saved (src/lib/content/missed-reloads.ts), and the page then stays: a page that missed no reload
    // is sent none.
    await expect.poll(shown, { timeout: 30_000 }).toBe(heading);
    step('fix shown');
    await expect.poll(() => performance.now() - loadedAt, { timeout: 15_000 }).toBeGreaterThan(SETTLED_MS);
    step('settled');
    // The fix's reloads (Vite's for a changed module, the content's, one the page missed): never a string of them.
    expect(loads - before, 'loads of the page after the fix').toBeLessThanOrEqual(3);
    expect(await shown()).toBe(heading);
    expect(await overlayText(opened)).toBe('');
  };
  const deadline = new AbortController();
  try {
    await Promise.race([
      run(),
      sleep(150_000, undefined, { signal: deadline.signal }).then(() => {
        throw new Error('the steps did not end within 150 s');
      }),
    ]);
  } catch (error) {
    if (error instanceof Error) error.message += `\nsteps done: ${steps.join(', ') || 'none'}`;
    throw error;
  } finally {
    deadline.abort();
    await file.restore();
    // A page that never stops loading would hold its close (and the run) with it.
    if (page) await Promise.race([page.close(), sleep(15_000, undefined, { ref: false })]);
  }
}

describe('npm run dev shows a slip in a content file where the editor looks, until it is fixed', () => {
  it('a passage that is not verbatim', async () => {
    await slipAndFix({
      page: '/facts/rail-khorgos-trains/',
      file: 'facts/rail.yaml',
      from: 'passage: 2129 trains from Alashankou Railway Port entered and exited China Europe (Central Asia)\n',
      to: 'passage: 2129 trains from Alashankou Railway Port entered China Europe\n',
      message:
        ' › rail-alashankou-trains › passage: the passage is not verbatim in p5 of "xian-summit-corridors"; copy it from the article exactly',
    });
  }, 180_000);

  it('YAML that does not parse', async () => {
    const line = await lineOf('facts/rail.yaml', '  label: Trains through Alashankou');
    await slipAndFix({
      page: '/facts/rail-khorgos-trains/',
      file: 'facts/rail.yaml',
      from: '  label: Trains through Alashankou\n',
      to: '  label: Trains through: Alashankou\n',
      message: `:${line} › rail-alashankou-trains › YAML: nested mappings are not allowed in compact mappings`,
    });
  }, 180_000);

  it('a <FactCard> naming a fact that does not exist', async () => {
    const line = await lineOf('corridors/rail.mdx', '<FactCard id="rail-khorgos-growth" />');
    await slipAndFix({
      page: '/corridors/rail/',
      file: 'corridors/rail.mdx',
      from: '<FactCard id="rail-khorgos-growth" />',
      to: '<FactCard id="rail-khorgos-growht" />',
      message: `:${line} › rail › <FactCard id="rail-khorgos-growht" />: no fact has the id "rail-khorgos-growht"`,
    });
  }, 180_000);
});

describe('npm run dev serves what pages link to', () => {
  it('a fact’s and a source’s citation files, at the addresses their pages give', async () => {
    for (const [path, type] of [
      ['/facts/rail-khorgos-trains/citation.bib', 'application/x-bibtex'],
      ['/facts/rail-khorgos-trains/citation.ris', 'application/x-research-info-systems'],
      ['/sources/xian-summit-corridors/citation.csl.json', 'application/vnd.citationstyles.csl+json'],
    ] as const) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain(type);
      expect(await response.text(), path).toContain(
        path.startsWith('/facts/') ? 'rail-khorgos-trains' : 'xian-summit-corridors',
      );
    }
  });
});
