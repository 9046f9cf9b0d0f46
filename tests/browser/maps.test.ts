import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser, openTab, VIEWPORTS, type Tab } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Context options of the pages tests share. */
type SharedOptions = Pick<BrowserContextOptions, 'colorScheme' | 'viewport' | 'javaScriptEnabled' | 'permissions'>;

/** Pages opened once for each set of context options, each shared by the tests that use those options (see `visit`). */
const shared = new Map<string, Promise<Tab>>();
afterAll(async () => {
  for (const opened of shared.values()) await (await opened).close();
});

/**
 * Loads a path of the site as a new document in the page shared by the tests with these context
 * options, for a test that changes nothing another page would see (no storage, no clipboard it does
 * not write first, no viewport of its own), on screen, and forgets the problems of the pages before.
 * A blank page comes between, so that an address differing from the page's own in its fragment alone
 * is a load too, and nothing of the last page is still going.
 */
async function visit(path: string, options: SharedOptions = {}): Promise<Tab> {
  // The options not given are Playwright's and `openTab`'s defaults: the same options, the same page.
  const key = JSON.stringify({
    colorScheme: 'light',
    viewport: VIEWPORTS.desktop,
    javaScriptEnabled: true,
    ...options,
  });
  const opening = shared.get(key) ?? openTab(browser, options);
  shared.set(key, opening);
  const opened = await opening;
  await opened.page.emulateMedia({ media: null });
  await opened.page.goto('about:blank');
  opened.problems.length = 0;
  await opened.page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
  return opened;
}

/** A page of each kind with a map: the overview, the three corridor maps, a locator. */
const MAP_PAGES = [
  '/',
  '/places/',
  '/corridors/air/',
  '/corridors/rail/',
  '/corridors/intermodal/',
  '/places/khorgos/',
];

// Each map's labels (clear of each other and of the markers, inside the map, at least 12 px) are checked
// by the page tour (tour-*.test.ts, tests/support/maps.ts) on every page with a map, on a phone and a
// desktop in both themes, as its WCAG check.

describe('map accessibility', () => {
  it('reaches every marker with the keyboard, shows focus, and opens the place’s page', async () => {
    const { page } = await visit('/corridors/rail/');
    const expected = await page.locator('a.map-place').evaluateAll((els) => els.map((a) => a.dataset['place']));
    const reached: string[] = [];
    for (let presses = 0; presses < 80 && reached.length < expected.length; presses++) {
      await page.keyboard.press('Tab');
      const place = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['place']);
      if (place !== undefined) {
        reached.push(place);
        // Focus shows: the visible marker takes the focus colour.
        const stroke = await page.evaluate(() => {
          const shape = [...(document.activeElement?.querySelectorAll('.map-marker') ?? [])].find(
            (el) => getComputedStyle(el).display !== 'none',
          );
          return shape ? getComputedStyle(shape).stroke : '';
        });
        const focus = await page.evaluate(() => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--c-focus)';
          document.body.append(probe);
          const color = getComputedStyle(probe).color;
          probe.remove();
          return color;
        });
        expect(stroke).toBe(focus);
      }
    }
    expect(reached).toEqual(expected);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/places/${reached.at(-1) ?? ''}/`);
  });

  it('names each marker link by its place and country', async () => {
    const { page } = await visit('/');
    const link = page.getByRole('link', { name: 'Khorgos, China', exact: true });
    expect(await link.count()).toBe(1);
    expect(await link.first().getAttribute('href')).toBe('/places/khorgos/');
  });
});

describe('maps without JavaScript', () => {
  it.each(MAP_PAGES)('%s draws the same map', async (path) => {
    const drawn = async (javaScriptEnabled: boolean) => {
      const { page } = await visit(path, { javaScriptEnabled, viewport: VIEWPORTS.phone });
      return page.locator('figure.map').evaluate((figure) => figure.outerHTML);
    };
    const [withScripts, without] = [await drawn(true), await drawn(false)];
    expect(without.length).toBeGreaterThan(1000);
    expect(without).toBe(withScripts);
  });
});
