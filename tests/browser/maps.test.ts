import { describe, expect, it } from 'vitest';
import { browserForTests, sharedTabs, VIEWPORTS } from '../support/browser.ts';

const browser = browserForTests();

const visit = sharedTabs(browser);

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
