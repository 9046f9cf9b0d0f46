/**
 * The page tour's stops and what a reader does at each (tests/browser/tour.test.ts): one load per page,
 * viewport and theme, during which everything a load can go wrong with is collected at once.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPages, listPages } from '../../tools/site.ts';
import { mapLabelProblems } from './maps.ts';
import {
  axeViolations,
  browserForTests,
  dialogResultsFor,
  loadAgain,
  openTab,
  pageSettled,
  VIEWPORTS,
} from './browser.ts';

export type Viewport = keyof typeof VIEWPORTS;
export type Theme = 'light' | 'dark';
type Use = (page: Page, viewport: Viewport) => Promise<void>;

export interface Stop {
  path: string;
  /**
   * A further address of a kind of page another stop tours in full: toured in light only, and not
   * checked against WCAG, whose findings depend on the template, which that stop checks.
   */
  further?: boolean;
  /** The status its address answers with. */
  status?: number;
  /** It sends the reader elsewhere at once: only what it does then is checked, not the page it leaves. */
  redirects?: boolean;
  /**
   * Used until nothing is left to load, and checked that nothing moved on its own meanwhile (layout
   * shift): searching in the dialog unless said otherwise. `false`: not checked for layout shift, at
   * load or after (the addresses the layout-shift checks never covered: the explorer told of an unknown
   * value, which moved on a phone under load; a missing page; a redirect).
   */
  settle?: Use | false;
  /**
   * What the page offers beyond every page's, used under its security policy before what every page
   * offers (`useEveryPage`). `false`: neither is used there (a page of a kind another stop uses).
   */
  use?: Use | false;
}

/**
 * Every layout shift the page has had that the reader did not cause (as CLS counts them), with what
 * moved; from `strictFrom` (a time on the page's clock) on, also those the browser would excuse as
 * following an input.
 */
export function shifts(page: Page, strictFrom = Infinity): Promise<string[]> {
  return page.evaluate(
    (strictFrom) =>
      new Promise<string[]>((resolve) => {
        const found: string[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node | null }[];
          })[]) {
            if (entry.hadRecentInput && entry.startTime < strictFrom) continue;
            // A sub-pixel move no reader can see: once, on a CI machine under load, Chromium reported a
            // classless icon `svg` moving with a score that rounds to 0.0000, 360 ms after load, on
            // /corridors/intermodal/ at 390 px. Anything that scores 0.0001 or more still fails.
            if (entry.value < 0.00005) continue;
            const moved = (entry.sources ?? []).map((source) => {
              const node = source.node;
              const element = node instanceof Element ? node : node?.parentElement;
              return element ? `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}` : '?';
            });
            found.push(`${entry.value.toFixed(4)} at ${entry.startTime.toFixed(0)} ms: ${moved.join(', ')}`);
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // The buffered entries arrive in the first callback, after a frame.
        requestAnimationFrame(() =>
          setTimeout(() => {
            observer.disconnect();
            resolve(found);
          }, 0),
        );
      }),
    strictFrom,
  );
}

/** Opens the search dialog and searches; results come after the reader stops typing, so what they move counts. */
async function searchInDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('khorgos');
  await dialogResultsFor(page, 'khorgos');
  await pageSettled(page);
  // The browser would excuse what the results move as caused by the keystroke, so everything that
  // moved since the last key counts.
  const lastKey = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
  expect(await shifts(page, lastKey), 'search results').toEqual([]);
  await page.keyboard.press('Escape');
}

async function drawCharts(page: Page): Promise<void> {
  for (const chart of await page.locator('fact-chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn')).toBe('');
  }
}

async function searchPageTyping(page: Page): Promise<void> {
  await page.locator('#search-page-input').pressSequentially('transit time');
  await page.locator('search-page .status').filter({ hasText: 'results for “transit time”' }).waitFor();
}

async function searchPageAnswer(page: Page): Promise<void> {
  await page.locator('search-page .status').filter({ hasText: 'results for “khorgos”' }).waitFor();
}

async function explorerByKeyboard(page: Page): Promise<void> {
  // By keyboard, as a reader filters: the words, then a menu, then a sort.
  await page.locator('#facts-q').focus();
  await page.keyboard.type('trains');
  // Until the first view is drawn, the status counts every fact.
  await page
    .locator('facts-explorer .status')
    .filter({ hasNotText: /^(\d+) of \1 facts$/ })
    .waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('r');
  await page.locator('.facts-table th[data-sort="figure"] button').press('Enter');
  await page.locator('facts-explorer .status').filter({ hasText: 'by figure' }).waitFor();
  await pageSettled(page);
}

async function explorerFromAddress(page: Page): Promise<void> {
  // A view asked for by the address is drawn after load, with nothing above the table moving.
  await page.locator('facts-explorer .status').filter({ hasText: 'by figure, largest first' }).waitFor();
  await pageSettled(page);
}

async function useCorridor(page: Page, viewport: Viewport): Promise<void> {
  if (viewport === 'phone') {
    await page.locator('table-of-contents summary').click();
    await page.locator('table-of-contents ol').waitFor();
  }
  for (const chart of await page.locator('fact-chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn')).toBe('');
    await chart.getByRole('tab', { name: 'Table' }).click();
    await chart.getByRole('table').waitFor();
    await chart.getByRole('tab', { name: 'Chart' }).click();
  }
  const fact = page.locator('article.fact').first();
  await fact.getByText('Source passage', { exact: true }).click();
  await fact.getByText('Cite or embed', { exact: true }).click();
  await fact.getByRole('button', { name: 'Copy' }).first().click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Short citation copied');
  // Last, as it leaves the page: the card's link to the fact's own page.
  const id = await fact.getAttribute('id');
  await fact.locator('.permalink').click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/facts/${id ?? ''}/`);
}

async function useFactPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
  // The last form of the Cite section (src/components/facts/Citations.astro): Chicago's note.
  await page.getByRole('button', { name: 'Copy', exact: true }).last().click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Chicago (note) citation copied');
  await copyEmbedCode(page);
}

/** Opens the page's Embed control (its code is made then) and copies the code. */
async function copyEmbedCode(page: Page): Promise<void> {
  const control = page.locator('details.embed');
  await control.locator('summary').click();
  await control.getByRole('button', { name: 'Copy code' }).click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Embed code copied');
}

async function useChartPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
  await copyEmbedCode(page);
}

/** An embed has no header to search from: a reader switches its chart to the table and back. */
async function useChartEmbed(page: Page): Promise<void> {
  await drawCharts(page);
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('table').waitFor();
  await page.getByRole('tab', { name: 'Chart' }).click();
}

/** An embed has no header to search from: a reader opens its fact's source passage. */
async function useFactEmbed(page: Page): Promise<void> {
  await page.getByText('Source passage', { exact: true }).click();
  await page.locator('blockquote').waitFor();
}

/** Follows a map's marker with the keyboard to its place's page. */
async function useMap(page: Page): Promise<void> {
  const marker = page.locator('a.map-place').first();
  await marker.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/places\/[a-z]+\/$/);
}

async function useSource(page: Page): Promise<void> {
  await page.locator('#p5 .para-number').click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
  await page.getByRole('button', { name: 'Copy', exact: true }).first().click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('APA citation copied');
}

async function useSearchPage(page: Page): Promise<void> {
  const status = page.locator('search-page .status');
  await status.filter({ hasText: /results? for “khorgos”/ }).waitFor();
  await page.getByRole('checkbox', { name: 'Rail' }).check();
  await status.filter({ hasText: 'with these filters' }).waitFor();
  await page.getByRole('checkbox', { name: 'Rail' }).uncheck();
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  await status.filter({ hasNotText: 'with these filters' }).waitFor();
  if (await more.isVisible()) await more.click();
}

async function useFacts(page: Page): Promise<void> {
  const status = page.locator('facts-explorer .status');
  await page.locator('#facts-corridor').selectOption('air');
  // Until the first view is drawn, the status counts every fact.
  await status.filter({ hasNotText: /^(\d+) of \1 facts$/ }).waitFor();
  await page.locator('#facts-q').fill('route');
  await page.locator('.facts-table th[data-sort="fact"] button').click();
  await status.filter({ hasText: 'by name, A to Z' }).waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await status.filter({ hasNotText: 'of 0' }).waitFor();
}

/** What every page offers: the theme control, and search from the header, down to opening a result. */
export async function useEveryPage(page: Page): Promise<void> {
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Theme').selectOption('light');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('khorgos');
  const options = page.locator('#search-dialog-results [role="option"]');
  await dialogResultsFor(page, 'khorgos');
  const more = page.locator('site-search button.more');
  if (await more.isVisible()) {
    const before = await options.count();
    await more.click();
    await expect.poll(() => options.count()).toBeGreaterThan(before);
  }
  await page.locator('#search-dialog-input').press('Enter');
  // The result's page marks the searched terms once it has loaded.
  await page.waitForFunction(() => document.documentElement.dataset['highlighted'] !== undefined);
  // The first result for a place's name is its page.
  await expect.poll(() => new URL(page.url()).pathname).toBe('/places/khorgos/');
}

/** What a reader does on a kind of page, by its path: by default search in the dialog, and no features used. */
const USES: Record<string, Pick<Stop, 'settle' | 'use'>> = {
  '/': { use: async () => {} },
  '/places/': { use: async () => {} },
  '/corridors/air/': { settle: drawCharts, use: useCorridor },
  '/corridors/rail/': { settle: drawCharts, use: useCorridor },
  '/corridors/intermodal/': { settle: drawCharts, use: useCorridor },
  '/sources/xian-summit-corridors/': { use: useSource },
  '/facts/rail-khorgos-trains/': { use: useFactPage },
  '/facts/rail-two-ports-growth/': { use: useFactPage },
  '/places/khorgos/': { use: useMap },
  '/search/': { settle: searchPageTyping },
  '/facts/': { settle: explorerByKeyboard, use: useFacts },
  '/charts/rail-trains-by-port/': { settle: drawCharts, use: useChartPage },
  // Nothing of every page's (`useEveryPage`): an embed has no header, search or theme menu.
  '/embed/facts/rail-khorgos-trains/': { settle: useFactEmbed, use: false },
  '/embed/charts/rail-trains-by-port/': { settle: useChartEmbed, use: false },
};

/**
 * Every page the browser tests open (`browserPages`: every kind of page, and the chosen pages of the
 * routes that make one per entry); then, as further addresses, those whose loading or use differs: the
 * other place pages (each with its locator map: an outside Lighthouse run saw layout shift on two of
 * them), views the address asks for, an address that is no page, an old address that redirects.
 */
export function tourStops(): Stop[] {
  const dist = inject('distDir');
  const chosen = browserPages(dist);
  const places = listPages(dist).filter((path) => /^\/places\/[^/]+\/$/.test(path) && !chosen.includes(path));
  return [
    ...chosen.map((path) => ({ path, use: false as const, ...USES[path] })),
    ...places.map((path) => ({ path, further: true, use: false as const })),
    { path: '/search/?q=khorgos', further: true, settle: searchPageAnswer, use: useSearchPage },
    { path: '/facts/?corridor=rail&sort=figure-desc', further: true, settle: explorerFromAddress, use: false },
    { path: '/facts/?corridor=rail&sort=figure-desc&place=nowhere', further: true, settle: false, use: useFacts },
    { path: '/no-such-page/', further: true, status: 404, settle: false, use: async () => {} },
    { path: '/corridors/', further: true, redirects: true, settle: false, use: async () => {} },
    // The theme a page that frames an embed asks for, against the reader's (light, in this tab).
    { path: '/embed/charts/rail-trains-by-port/?theme=dark', further: true, settle: useChartEmbed, use: false },
  ];
}

/** Security-policy violations from every document the page shows, across navigations, and the console's complaints about them. */
async function watchPolicy(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeFunction('reportViolation', (line: string) => found.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (line: string) => void }).reportViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
    // When the reader last pressed a key: layout shift after it is not excused as theirs.
    window.addEventListener('keydown', () => Object.assign(window, { lastKey: performance.now() }), { capture: true });
  });
  page.on('console', (message) => {
    if (
      (message.type() === 'error' || message.type() === 'warning') &&
      /Content.Security.Policy|violat|Refused/i.test(message.text())
    )
      found.push(`console: ${message.text()}`);
  });
  return found;
}

interface TourTab {
  page: Page;
  /** Loads a stop's path as a first visit, and what went wrong since. */
  load: (path: string) => Promise<Response | null>;
  problems: string[];
  violations: string[];
  close: () => Promise<void>;
}

/**
 * The tab the tour keeps for one viewport and theme, in which each stop loads as on a first visit:
 * the last page is left for a blank one first (what it still had loading ends there, not during the
 * next stop), the reader's stored choices (the theme) are cleared, the HTTP cache is off so every
 * file is fetched again, and what was recorded is emptied. A context of its own for every stop would
 * cost a renderer process each, about 0.45 s, for the same first visit.
 */
async function openTourTab(browser: Browser, viewport: Viewport, theme: Theme): Promise<TourTab> {
  let violations: string[] = [];
  const tab = await openTab(browser, {
    viewport: VIEWPORTS[viewport],
    colorScheme: theme,
    permissions: ['clipboard-read', 'clipboard-write'],
    before: async (page) => {
      violations = await watchPolicy(page);
    },
  });
  const { page, problems, baseUrl } = tab;
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    page,
    problems,
    violations,
    close: tab.close,
    load: async (path) => {
      await devtools.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl).origin, storageTypes: 'all' });
      violations.length = 0;
      return loadAgain(tab, path);
    },
  };
}

/**
 * One stop of the tour: the page loaded once on `viewport` in `theme`, in the tour's tab, with its
 * status, problems, layout shift, overflow, WCAG violations and policy violations checked after load;
 * in light, then used (`settle`, `use`, what every page offers) and checked again.
 */
async function visit(tab: TourTab, stop: Stop, viewport: Viewport, theme: Theme): Promise<void> {
  const where = `${stop.path} on a ${viewport} in ${theme} mode`;
  const { page, problems, violations } = tab;
  const response = await tab.load(stop.path);
  if (stop.redirects) {
    await page.waitForURL(/\/#corridors$/);
  } else {
    expect(response?.status() ?? 0, `${where}: status`).toBe(stop.status ?? 200);
    // The page itself answering 404 is what its stop expects, not a problem; Chromium logs it as an error too.
    const own = stop.status
      ? [
          `HTTP ${stop.status}: ${inject('baseUrl')}${stop.path}`,
          `console: Failed to load resource: the server responded with a status of ${stop.status} (Not Found)`,
        ]
      : [];
    expect(
      problems.filter((problem) => !own.includes(problem)),
      `${where}: console errors and failed requests at load`,
    ).toEqual([]);
    if (stop.settle !== false) expect(await shifts(page), `${where}: layout shift after load`).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${where}: sideways overflow in px`).toBeLessThanOrEqual(0);
    if (!stop.further) expect(await axeViolations(page), `${where}: WCAG 2.2 AA violations`).toEqual([]);
    const labels = await mapLabelProblems(page);
    if (labels) expect(labels, `${where}: the map's labels`).toEqual([]);
    expect(violations, `${where}: security-policy violations at load`).toEqual([]);
  }
  if (theme === 'dark') return;
  // The policy arrives twice, as a host sends it and in the page, and both hold. Only embeds may be framed
  // (a missing address, which no rule of _headers names, is refused by X-Frame-Options alone).
  const headers = response?.headers() ?? {};
  if (stop.path.startsWith('/embed/')) expect(headers['content-security-policy'], where).toMatch(/frame-ancestors \*$/);
  else if (stop.status === 404) expect(headers['x-frame-options'], where).toBe('DENY');
  else expect(headers['content-security-policy'], where).toMatch(/frame-ancestors 'none'$/);
  expect(await (await page.request.get(`${inject('baseUrl')}${stop.path}`)).text(), where).toMatch(
    /<meta http-equiv="content-security-policy" content="[^"]*script-src/,
  );
  if (stop.settle !== false) {
    await (stop.settle ?? searchInDialog)(page, viewport);
    expect(await shifts(page), `${where}: layout shift through use`).toEqual([]);
  }
  if (stop.use !== false) {
    await stop.use?.(page, viewport);
    await useEveryPage(page);
  }
  expect(violations, `${where}: security-policy violations through use`).toEqual([]);
}

/**
 * The tour on one viewport, in both themes: a test per stop. Phones' scrollbars float over the page and
 * take no width, as Playwright's hidden ones do; desktops show them, as readers there see pages: one
 * that appears moves a centred page sideways.
 */
export function tour(viewport: Viewport): void {
  const browser = browserForTests({ scrollbars: viewport === 'desktop' });
  const stops = tourStops();
  describe.each(['light', 'dark'] as const)(`the page tour on a ${viewport} in %s mode`, (theme) => {
    let tab: TourTab;
    beforeAll(async () => {
      tab = await openTourTab(browser(), viewport, theme);
    });
    afterAll(async () => {
      await tab.close();
    });
    // One retry: a whole test run once saw /facts/?corridor=rail&sort=figure-desc report a 0.0003 shift of a
    // filter field 413 ms after load, under the suite's own load on two cores; 24 loads of it on their own (12 of
    // them at 8× CPU throttling) moved nothing. A failure that happens twice in a row still fails.
    const here = stops.filter((stop) => theme === 'light' || !stop.further);
    // Named by the whole path (`$path` would cut a long one short).
    it.for(here.map((stop) => [stop.path, stop] as const))('%s', { retry: 1 }, ([, stop]) =>
      visit(tab, stop, viewport, theme),
    );
  });
}
