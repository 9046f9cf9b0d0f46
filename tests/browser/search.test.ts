import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, VIEWPORTS, withPage } from '../support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** What a reader types, and the result that must come first: a fact, a section or a source paragraph. */
const FIRST_RESULTS: [query: string, url: string][] = [
  ['khorgos trains', '/corridors/rail/#rail-khorgos-trains'],
  ['Dushanbe', '/corridors/air/#air-dushanbe-route'],
  ['Ashgabat', '/corridors/air/#air-ashgabat-first-flight'],
  ['Tashkent', '/corridors/air/#air-routes-2023'],
  ['transit time', '/corridors/intermodal/#intermodal-transit-cut'],
  ['2485', '/corridors/rail/#rail-khorgos-trains'],
  ['12.82', '/corridors/rail/#rail-alashankou-growth'],
  ['80%', '/corridors/intermodal/#intermodal-kazakhstan-share'],
  ['Liu Junping', '/corridors/rail/#rail-customs-data'],
  ['Azi', '/corridors/intermodal/#intermodal-easier-trade'],
  ['potash', '/corridors/intermodal/#intermodal-potash-train'],
  ['fertilizer', '/corridors/intermodal/#intermodal-fertiliser-routes'],
  ['car parts', '/corridors/intermodal/#intermodal-goods'],
  ['Horgos', '/corridors/rail/#rail-khorgos-trains'],
  ['Khorgas', '/corridors/rail/#rail-khorgos-trains'],
  ['Alataw Pass', '/corridors/rail/#rail-alashankou-trains'],
  ['Nur-Sultan', '/corridors/air/#air-routes-2023'],
  ['golden channel', '/corridors/rail/#rail-golden-channel'],
  ['summit', '/#summit-xian'],
  ['Yellow Sea', '/sources/xian-summit-corridors/#p8'],
];

async function searchPage(page: Page, query: string, filters = ''): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/search/?q=${encodeURIComponent(query)}${filters}`);
  await page
    .locator('search-page .status')
    .filter({ hasText: /result|No results/ })
    .waitFor();
}

function withoutHighlight(href: string | null): string {
  const url = new URL(href ?? '', 'http://x');
  url.searchParams.delete('highlight');
  return url.pathname + url.search + url.hash;
}

describe('search results', () => {
  it.each(FIRST_RESULTS)('“%s” returns %s first', async (query, expected) => {
    await withPage(browser, '/search/', async ({ page }) => {
      await searchPage(page, query);
      const first = page.locator('#search-page-results [role="option"]').first();
      expect(withoutHighlight(await first.getAttribute('href'))).toBe(expected);
    });
  });

  it('shows the kind and corridor of each result, with the terms highlighted', async () => {
    await withPage(browser, '/search/', async ({ page }) => {
      await searchPage(page, 'khorgos trains');
      const first = page.locator('#search-page-results [role="option"]').first();
      expect(await first.locator('.result-badge').allTextContents()).toEqual(['Fact', 'Rail', '2,485 trains']);
      expect(await page.getByRole('heading', { name: 'Nothing found' }).isVisible()).toBe(false);
      expect(await first.locator('.result-excerpt mark').first().textContent()).toMatch(/khorgos|trains/i);
    });
  });
});

describe('filters', () => {
  it('narrow results by kind, corridor and country, and live in the URL', async () => {
    await withPage(browser, '/search/', async ({ page }) => {
      await searchPage(page, 'Kazakhstan');
      const options = page.locator('#search-page-results [role="option"]:not(.result-section)');
      const all = await options.count();

      await searchPage(page, 'Kazakhstan', '&kind=paragraph');
      const paragraphs = await options.locator('.result-badge').first().allTextContents();
      expect(await options.count()).toBeLessThan(all);
      expect(
        new Set(await options.evaluateAll((els) => els.map((e) => e.querySelector('.result-badge')?.textContent))),
      ).toEqual(new Set(paragraphs));
      expect(paragraphs).toEqual(['Source paragraph']);

      await searchPage(page, 'Kazakhstan', '&corridor=air');
      for (const badges of await options.evaluateAll((els) =>
        els.map((e) => [...e.querySelectorAll('.result-badge')].map((b) => b.textContent)),
      )) {
        expect(badges).toContain('Air');
      }

      await searchPage(page, 'trains', '&country=Uzbekistan');
      const hrefs = await options.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.every((href) => !href.includes('#rail-'))).toBe(true);

      await page.getByRole('checkbox', { name: 'Rail' }).check();
      await expect.poll(() => new URL(page.url()).searchParams.getAll('corridor')).toEqual(['rail']);
      expect(new URL(page.url()).searchParams.get('q')).toBe('trains');
    });
  });

  it('says what to try when nothing is found', async () => {
    await withPage(browser, '/search/', async ({ page }) => {
      await page.locator('search-page .status').filter({ hasText: 'Type a word' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Nothing found' }).isVisible()).toBe(false);
      await searchPage(page, 'zzqxv');
      expect(await page.locator('search-page .status').textContent()).toContain('No results for “zzqxv”');
      expect(await page.getByRole('heading', { name: 'Nothing found' }).isVisible()).toBe(true);
      expect(await page.locator('search-page .empty').getByRole('link', { name: 'rail' }).isVisible()).toBe(true);
    });
  });
});

describe('the search dialog', () => {
  it.each([
    ['Control+k', 'Ctrl+K'],
    ['/', 'slash'],
  ])('opens with %s, closes with Esc and gives focus back', async (key) => {
    await withPage(browser, '/corridors/rail/', async ({ page }) => {
      await page.getByRole('button', { name: 'Search' }).focus();
      await page.keyboard.press(key);
      const dialog = page.getByRole('dialog', { name: 'Search the site' });
      expect(await dialog.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
      await page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Search/);
    });
  });

  it('works with the keyboard alone: type, arrow down, Enter lands on the fact with the terms highlighted', async () => {
    await withPage(browser, '/corridors/rail/', async ({ page, problems }) => {
      await page.keyboard.press('Control+k');
      await page.keyboard.type('dushanbe');
      const options = page.locator('#search-dialog-results [role="option"]');
      await options.first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const active = await page.locator('#search-dialog-input').getAttribute('aria-activedescendant');
      expect(active).toBe(await options.nth(1).getAttribute('id'));
      expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/corridors\/air\/#air-dushanbe-route$/);
      await page.waitForFunction(() => document.documentElement.dataset['highlighted'] !== undefined);
      expect(Number(await page.evaluate(() => document.documentElement.dataset['highlighted']))).toBeGreaterThan(0);
      expect(page.url()).not.toContain('highlight=');
      const box = await page.locator('#air-dushanbe-route').boundingBox();
      expect(box && box.y >= 0 && box.y < VIEWPORTS.desktop.height).toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it('keeps Tab inside the open dialog', async () => {
    await withPage(browser, '/', async ({ page }) => {
      await page.keyboard.press('Control+k');
      await page.keyboard.type('rail');
      await page.locator('#search-dialog-results [role="option"]').first().waitFor();
      for (let i = 0; i < 6; i += 1) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
      }
    });
  });

  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.2 AA violation when open with results (%s)',
    async (colorScheme) => {
      await withPage(browser, '/corridors/intermodal/', { colorScheme }, async ({ page }) => {
        await page.keyboard.press('Control+k');
        await page.keyboard.type('transit time');
        await page.locator('#search-dialog-results [role="option"]').first().waitFor();
        await page.keyboard.press('ArrowDown');
        expect(await axeViolations(page)).toEqual([]);
      });
    },
  );

  it('downloads no search code until it is opened', async () => {
    await withPage(browser, '/corridors/rail/', async ({ page }) => {
      const loaded = () =>
        page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      const isSearchCode = (path: string) => path.includes('/pagefind/') || /search-(dialog|engine|view)/.test(path);
      expect((await loaded()).filter(isSearchCode)).toEqual([]);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('khorgos');
      await page.locator('#search-dialog-results [role="option"]').first().waitFor();
      expect((await loaded()).some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    });
  });
});

describe('without JavaScript', () => {
  it('hides the search button and says on the search page what to use instead', async () => {
    await withPage(browser, '/search/', { javaScriptEnabled: false }, async ({ page }) => {
      expect(await page.getByRole('button', { name: 'Search' }).isVisible()).toBe(false);
      expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
      expect(await page.getByRole('searchbox').isVisible()).toBe(false);
    });
  });
});

describe('a page opened from a result', () => {
  it('highlights the terms, keeps the section in view and cleans the address', async () => {
    await withPage(
      browser,
      '/corridors/rail/?highlight=khorgos#khorgos',
      { viewport: VIEWPORTS.phone },
      async ({ page }) => {
        await page.waitForFunction(() => document.documentElement.dataset['highlighted'] !== undefined);
        expect(new URL(page.url()).search).toBe('');
        expect(new URL(page.url()).hash).toBe('#khorgos');
        expect(Number(await page.evaluate(() => document.documentElement.dataset['highlighted']))).toBeGreaterThan(3);
        const box = await page.locator('#khorgos').boundingBox();
        expect(box && box.y >= 0 && box.y < VIEWPORTS.phone.height).toBe(true);
      },
    );
  });
});
