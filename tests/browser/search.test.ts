import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../../tools/budgets.ts';
import { GROUPS, searchBytes } from '../../tools/search-timing.ts';
import {
  axeViolations,
  browserForTests,
  dialogResultsFor,
  type OpenedPage,
  openPage,
  pageSettled,
  sharedTabs,
  VIEWPORTS,
  withPage,
} from '../support/browser.ts';

const browser = browserForTests();

// Searching, filtering and the dialog change nothing another page would see (nothing is stored): the
// tests that do only that share a page per set of options, each loading its page afresh (`sharedTabs`).
// Those that look at what the network fetched open a context of their own, its cache empty.
const visit = sharedTabs(browser);

/** What a reader types, and the result that must come first: a fact (on its own page), a place, a section or a source paragraph. */
const FIRST_RESULTS: [query: string, url: string][] = [
  ['khorgos trains', '/facts/rail-khorgos-trains/'],
  ['Dushanbe', '/places/dushanbe/'],
  ['khorgos', '/places/khorgos/'],
  ['Lianyungang', '/places/lianyungang/'],
  ['Alashankou', '/places/alashankou/'],
  ['Ashgabat', '/places/ashgabat/'],
  ['Tashkent', '/places/tashkent/'],
  ['transit time', '/facts/intermodal-transit-cut/'],
  ['2485', '/facts/rail-khorgos-trains/'],
  ['12.82', '/facts/rail-alashankou-growth/'],
  ['80%', '/facts/intermodal-kazakhstan-share/'],
  ['Liu Junping', '/facts/rail-customs-data/'],
  ['Azi', '/facts/intermodal-easier-trade/'],
  ['potash', '/facts/intermodal-potash-train/'],
  ['fertilizer', '/facts/intermodal-fertiliser-routes/'],
  ['car parts', '/facts/intermodal-goods/'],
  ['Horgos', '/places/khorgos/'],
  ['Khorgas', '/places/khorgos/'],
  ['Alataw Pass', '/places/alashankou/'],
  ['Nur-Sultan', '/places/astana/'],
  ['Akmola', '/places/astana/'],
  ['Wulumuqi', '/places/urumqi/'],
  ['golden channel', '/facts/rail-golden-channel/'],
  ['summit', '/facts/summit-xian/'],
  ['Yellow Sea', '/sources/xian-summit-corridors/#p8'],
];

async function searchPage(page: Page, query: string, filters = ''): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/search/?q=${encodeURIComponent(query)}${filters}`);
  await page
    .locator('search-page .status')
    .filter({ hasText: /result|No results/ })
    .waitFor();
}

/** Whether an element's top is within the viewport now. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });
}

function withoutHighlight(href: string | null): string {
  const url = new URL(href ?? '', 'http://x');
  url.searchParams.delete('highlight');
  return url.pathname + url.search + url.hash;
}

describe('search results', () => {
  // One reader on the search page searching again and again, typing each search into its box: the
  // engine and index load once, as they do for a reader. (A search the address asks for is the
  // filters' and the tour's.)
  let searching: OpenedPage;
  beforeAll(async () => {
    searching = await openPage(browser(), '/search/');
  });
  afterAll(async () => {
    await searching.close();
  });

  /** Types `query` into the search page's box in place of what was there, and waits for its answer. */
  async function typeSearch(query: string): Promise<Page> {
    const { page } = searching;
    await page.locator('#search-page-input').fill(query);
    await page
      .locator('search-page .status')
      .filter({ hasText: `for “${query}”` })
      .waitFor();
    return page;
  }

  it.each(FIRST_RESULTS)('“%s” returns %s first', async (query, expected) => {
    const page = await typeSearch(query);
    const first = page.locator('#search-page-results [role="option"]').first();
    await expect.poll(async () => withoutHighlight(await first.getAttribute('href'))).toBe(expected);
  });

  it('shows the kind and corridor of each result, with the terms highlighted', async () => {
    const page = await typeSearch('khorgos trains');
    const first = page.locator('#search-page-results [role="option"]').first();
    await expect.poll(() => first.locator('.result-badge').allTextContents()).toEqual(['Fact', 'Rail', '2,485 trains']);
    await expect.poll(() => page.getByRole('heading', { name: 'Nothing found' }).isVisible()).toBe(false);
    await expect.poll(() => first.locator('.result-excerpt mark').first().textContent()).toMatch(/khorgos|trains/i);
  });

  it('names the page a section is on above the section, and nothing above a fact', async () => {
    const page = await typeSearch('rail');
    const results = page.locator('#search-page-results [role="option"]:not(.result-section)');
    const onPlaces = results.filter({ has: page.locator('.result-title', { hasText: /^Rail corridor$/ }) });
    await expect.poll(() => onPlaces.locator('.result-page').textContent()).toBe('Places');
    await expect.poll(async () => withoutHighlight(await onPlaces.getAttribute('href'))).toBe('/places/#rail-places');
    const fact = results.filter({ has: page.locator('.result-badge', { hasText: /^Fact$/ }) }).first();
    await expect.poll(() => fact.locator('.result-page').count()).toBe(0);
  });
});

describe('filters', () => {
  it('narrow results by kind, corridor and country, and live in the URL', async () => {
    const { page } = await visit('/search/');
    await searchPage(page, 'Kazakhstan');
    const options = page.locator('#search-page-results [role="option"]:not(.result-section)');
    const all = await options.count();

    const kinds = () => options.evaluateAll((els) => els.map((e) => e.querySelector('.result-badge')?.textContent));
    const badges = () =>
      options.evaluateAll((els) => els.map((e) => [...e.querySelectorAll('.result-badge')].map((b) => b.textContent)));
    const hrefs = () => options.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));

    await searchPage(page, 'Kazakhstan', '&kind=paragraph');
    await expect.poll(() => options.count()).toBeLessThan(all);
    await expect.poll(async () => [...new Set(await kinds())]).toEqual(['Source paragraph']);

    await searchPage(page, 'Kazakhstan', '&corridor=air');
    await expect.poll(async () => (await badges()).length).toBeGreaterThan(0);
    await expect.poll(async () => (await badges()).filter((b) => !b.includes('Air'))).toEqual([]);

    await searchPage(page, 'trains', '&country=Uzbekistan');
    await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(0);
    await expect.poll(async () => (await hrefs()).filter((href) => href.includes('/facts/rail-'))).toEqual([]);

    await page.getByRole('checkbox', { name: 'Rail' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('corridor')).toEqual(['rail']);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('trains');
  });

  it('says what to try when nothing is found', async () => {
    const { page } = await visit('/search/');
    await page.locator('search-page .status').filter({ hasText: 'Type a word' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Nothing found' }).isVisible()).toBe(false);
    await searchPage(page, 'zzqxv');
    await expect.poll(() => page.locator('search-page .status').textContent()).toContain('No results for “zzqxv”');
    await expect.poll(() => page.getByRole('heading', { name: 'Nothing found' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('search-page .empty').getByRole('link', { name: 'rail' }).isVisible())
      .toBe(true);
  });
});

describe('the search dialog', () => {
  it.each([
    ['Control+k', 'Ctrl+K'],
    ['/', 'slash'],
  ])('opens with %s, closes with Esc and gives focus back', async (key) => {
    const { page } = await visit('/corridors/rail/');
    await page.getByRole('button', { name: 'Search' }).focus();
    await page.keyboard.press(key);
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Search/);
  });

  it('works with the keyboard alone: type, arrow down, Enter lands on the first result (the place’s page) with the terms highlighted', async () => {
    const { page, problems } = await visit('/corridors/rail/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('dushanbe');
    const options = page.locator('#search-dialog-results [role="option"]');
    await dialogResultsFor(page, 'dushanbe');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = () => page.locator('#search-dialog-input').getAttribute('aria-activedescendant');
    await expect.poll(active).toBe(await options.nth(1).getAttribute('id'));
    await expect.poll(() => options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await expect.poll(active).toBe(await options.nth(0).getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/places\/dushanbe\/$/);
    await page.waitForFunction(() => document.documentElement.dataset['highlighted'] !== undefined);
    expect(Number(await page.evaluate(() => document.documentElement.dataset['highlighted']))).toBeGreaterThan(0);
    await expect.poll(() => page.url()).not.toContain('highlight=');
    await expect.poll(() => inView(page, 'main h1')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('keeps Tab inside the open dialog', async () => {
    const { page } = await visit('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('rail');
    await dialogResultsFor(page, 'rail');
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    }
  });

  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.2 AA violation when open with results (%s)',
    async (colorScheme) => {
      const { page } = await visit('/corridors/intermodal/', { colorScheme });
      await page.keyboard.press('Control+k');
      await page.keyboard.type('transit time');
      await dialogResultsFor(page, 'transit time');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.locator('#search-dialog-input').getAttribute('aria-activedescendant')).toBeTruthy();
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('downloads no search code until it is opened', async () => {
    await withPage(browser(), '/corridors/rail/', async ({ page }) => {
      const loaded = () =>
        page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      const isSearchCode = (path: string) => path.includes('/pagefind/') || /search-(dialog|engine|view)/.test(path);
      await pageSettled(page);
      expect((await loaded()).filter(isSearchCode)).toEqual([]);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('khorgos');
      await dialogResultsFor(page, 'khorgos');
      await expect.poll(async () => (await loaded()).some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    });
  });

  it(`fetches no more for a first search for “Khorgos” than a Starlight site on the same article (${(BUDGETS.searchQuery / 1024).toFixed(1)} KB gzip)`, async () => {
    await withPage(browser(), '/corridors/rail/', async ({ page }) => {
      await pageSettled(page);
      const fetched: string[] = [];
      // The context's requests include the search's Web Worker, which the page's own would miss.
      page.context().on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
      await page.keyboard.press('Control+k');
      await page.keyboard.type('Khorgos');
      await dialogResultsFor(page, 'Khorgos');
      await page.waitForLoadState('networkidle');
      const totals = searchBytes(inject('distDir'), fetched);
      expect(totals.engine.gzip).toBeGreaterThan(0);
      expect(totals.fragments.gzip).toBeGreaterThan(0);
      const gzip = GROUPS.reduce((sum, group) => sum + totals[group].gzip, 0);
      expect(gzip).toBeLessThanOrEqual(BUDGETS.searchQuery);
    });
  });
});

describe('without JavaScript', () => {
  it('hides the search button and says on the search page what to use instead', async () => {
    await withPage(browser(), '/search/', { javaScriptEnabled: false }, async ({ page }) => {
      expect(await page.getByRole('button', { name: 'Search' }).isVisible()).toBe(false);
      expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
      expect(await page.getByRole('searchbox').isVisible()).toBe(false);
    });
  });
});

describe('a page opened from a result', () => {
  it('highlights the terms, keeps the section in view and cleans the address', async () => {
    await withPage(
      browser(),
      '/corridors/rail/?highlight=khorgos#khorgos',
      { viewport: VIEWPORTS.phone },
      async ({ page }) => {
        await page.waitForFunction(() => document.documentElement.dataset['highlighted'] !== undefined);
        await expect.poll(() => new URL(page.url()).search).toBe('');
        expect(new URL(page.url()).hash).toBe('#khorgos');
        expect(Number(await page.evaluate(() => document.documentElement.dataset['highlighted']))).toBeGreaterThan(3);
        await expect.poll(() => inView(page, '#khorgos')).toBe(true);
      },
    );
  });
});
