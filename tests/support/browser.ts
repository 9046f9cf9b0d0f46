import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../tools/chromium.ts';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

/**
 * The run's one Chromium (launched by the global setup, tests/support/global-setup.ts), connected to:
 * test files share it and each works in contexts of its own, which `close()` on the connection
 * discards. Playwright hides scrollbars unless `scrollbars` is set; a reader's desktop browser shows
 * them, and one that appears narrows the page, so that is a second Chromium, launched with them.
 */
export function connectBrowser({ scrollbars = false } = {}): Promise<Browser> {
  return chromium.connect(inject(scrollbars ? 'scrollbarBrowserEndpoint' : 'browserEndpoint'));
}

/**
 * A Chromium of the file's own, launched as the run's is, for a file that reads back what it copies:
 * Chromium's clipboard is one for all its pages, and files in the other test worker copy on the run's
 * Chromium meanwhile (a test once read back a link another file had just copied). Closed by `close()`.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/**
 * The browser a file's tests use, from before its first test to after its last: the run's Chromium
 * (`connectBrowser`, with or without scrollbars), or with `own`, a Chromium of the file's own
 * (`launchBrowser`). Read with the function returned, once the file's tests run.
 */
export function browserForTests(options: { scrollbars?: boolean; own?: boolean } = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await (options.own ? launchBrowser() : connectBrowser(options));
  });
  afterAll(async () => {
    // A launch or connection that failed leaves nothing to close.
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is ready before the tests that use it.');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed and off-site requests, in the order they happened. */
  problems: string[];
  /** The answer to the page's own request. */
  response: Response | null;
  close: () => Promise<void>;
}

/** A page of its own context, recording everything that goes wrong on it; `baseUrl` is the site it watches. */
export type Tab = Omit<OpenedPage, 'response'> & { baseUrl: string };

type OpenOptions = BrowserContextOptions & { site?: 'root' | 'sub'; before?: (page: Page) => Promise<void> };

/**
 * A new context and its page, with nothing loaded yet, recording everything that goes wrong on the
 * built site. `site: 'sub'` watches the build made for a sub-path instead; `before` prepares the page
 * before anything loads.
 */
export async function openTab(browser: Browser, options: OpenOptions = {}): Promise<Tab> {
  const { site = 'root', before, ...contextOptions } = options;
  const baseUrl = site === 'sub' ? inject('subBaseUrl').replace(/\/$/, '') : inject('baseUrl');
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(new URL(baseUrl).origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`off-site request: ${url}`);
  });
  await before?.(page);
  return { page, problems, baseUrl, close: () => context.close() };
}

/**
 * A tab (`openTab`) opened before the tests of the enclosing `describe` (or file) and closed after them,
 * for tests that share it; they read it with the function returned, once it is open.
 */
export function tabForTests(browser: () => Browser, options: OpenOptions = {}): () => Tab {
  let tab: Tab | undefined;
  beforeAll(async () => {
    tab = await openTab(browser(), options);
  });
  afterAll(async () => {
    await tab?.close();
  });
  return () => {
    if (!tab) throw new Error('The tab is opened before the tests that share it.');
    return tab;
  };
}

/** Opens a path of the built site in a new context (`openTab`) and loads it. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const tab = await openTab(browser, options);
  const response = await tab.page.goto(tab.baseUrl + path, { waitUntil: 'load' });
  return { ...tab, response };
}

/**
 * The page a tab rests on between two of the site's pages (`loadAgain`): a blank document of the
 * harness, served at this path by both test servers (tests/support/global-setup.ts). It names an icon
 * of its own, so Chromium does not ask the site for /favicon.ico, which the site does not have.
 */
export const BETWEEN_PAGE = {
  path: '/__between-pages',
  html: '<!doctype html><html lang="en"><title>Between pages</title><link rel="icon" href="data:,">',
} as const;

/**
 * Loads a path of the site as a new document in a tab used before, on screen: by way of a blank page,
 * so that nothing of the last page is still going and an address differing from the page's own in its
 * fragment alone is a load too; the problems of the pages before are forgotten. The blank page is one
 * of the site's origin (`BETWEEN_PAGE`), not about:blank, a document of no site, which Chromium loads
 * apart from the site's pages, at about twice the time a stop (docs/benchmarks.md).
 */
export async function loadAgain(tab: Tab, path: string): Promise<Response | null> {
  await tab.page.emulateMedia({ media: null });
  await tab.page.goto(new URL(BETWEEN_PAGE.path, tab.baseUrl).href);
  tab.problems.length = 0;
  return tab.page.goto(tab.baseUrl + path, { waitUntil: 'load' });
}

/** Context options of the pages a file's tests share. */
export type SharedOptions = Pick<
  BrowserContextOptions,
  'colorScheme' | 'viewport' | 'javaScriptEnabled' | 'permissions'
>;

/**
 * A page per set of context options, opened on first use and shared by a file's tests that change
 * nothing another page would see (no storage, no clipboard they do not write first, no viewport of
 * their own); each `visit` loads its path there afresh (`loadAgain`). Closed after the file's tests.
 */
export function sharedTabs(browser: () => Browser): (path: string, options?: SharedOptions) => Promise<Tab> {
  const shared = new Map<string, Promise<Tab>>();
  afterAll(async () => {
    for (const opened of shared.values()) await (await opened).close();
  });
  return async (path, options = {}) => {
    // The options not given are Playwright's and `openTab`'s defaults: the same options, the same page.
    const key = JSON.stringify({
      colorScheme: 'light',
      viewport: VIEWPORTS.desktop,
      javaScriptEnabled: true,
      ...options,
    });
    const opening = shared.get(key) ?? openTab(browser(), options);
    shared.set(key, opening);
    const opened = await opening;
    await loadAgain(opened, path);
    return opened;
  };
}

/**
 * Resolves once the page has caught up after a load or a scroll: its IntersectionObservers have all
 * reported (a new observer's first report comes in the same rendering step as those of observers made
 * before it, or later), a frame has followed and the page has been idle, so whatever they started, or
 * deferred to an idle moment (an `import()`), has sent its request.
 */
export function pageSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => requestIdleCallback(() => resolve()));
        });
        observer.observe(document.body);
      }),
  );
}

/** Waits until the search dialog shows its answer to the whole query, not to the letters typed before. */
export async function dialogResultsFor(page: Page, query: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Search the site' });
  await dialog
    .locator('.status')
    .filter({ hasText: `for “${query}”` })
    .waitFor();
  await page.locator('#search-dialog-results [role="option"]').first().waitFor();
}

/**
 * axe-core as it ships minified (580 KB, where its unminified build is 1.3 MB), served by both test
 * servers at this path (tests/support/global-setup.ts). A page loads it as a script of its own origin,
 * which the site's policy allows ('self'): Chromium then compiles it once for all the pages a renderer
 * shows, where sent as an expression through the DevTools protocol it was parsed and compiled again on
 * every page (docs/benchmarks.md).
 */
export const AXE_SCRIPT = {
  path: '/__axe.js',
  body: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  type: 'text/javascript; charset=utf-8',
} as const;

/** The rules of WCAG 2.2, levels A and AA, as axe tags them. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.2 A and AA violations on the page, as `rule: selector — summary` lines. axe-core is loaded
 * once into each of the page's frames (`AXE_SCRIPT`) and runs from the top one, as a single run over
 * the page and its frames; only violations are detailed, and only their lines come back.
 * (@axe-core/playwright's legacy run sends the source twice and returns every rule's result:
 * docs/benchmarks.md.)
 */
export async function axeViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    await frame.evaluate(
      (path) =>
        new Promise<void>((resolve, reject) => {
          const script = document.createElement('script');
          script.src = path;
          script.onload = () => resolve();
          script.onerror = () => reject(new Error(`axe-core did not load from ${path}`));
          document.head.append(script);
        }),
      AXE_SCRIPT.path,
    );
  }
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    );
  }, WCAG_22_AA);
}

/** Opens a page as `openPage` does, runs `use` on it, and closes its context whatever happens. */
export async function withPage(
  browser: Browser,
  path: string,
  options: Parameters<typeof openPage>[2],
  use: (opened: OpenedPage) => Promise<void>,
): Promise<void>;
export async function withPage(
  browser: Browser,
  path: string,
  use: (opened: OpenedPage) => Promise<void>,
): Promise<void>;
export async function withPage(
  browser: Browser,
  path: string,
  optionsOrUse: Parameters<typeof openPage>[2] | ((opened: OpenedPage) => Promise<void>),
  maybeUse?: (opened: OpenedPage) => Promise<void>,
): Promise<void> {
  const [options, use] = typeof optionsOrUse === 'function' ? [{}, optionsOrUse] : [optionsOrUse, maybeUse];
  const opened = await openPage(browser, path, options);
  try {
    await use?.(opened);
  } finally {
    await opened.close();
  }
}
