import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, VIEWPORTS, withPage } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A page of each kind with a map: the overview, the three corridor maps, a locator. */
const MAP_PAGES = [
  '/',
  '/places/',
  '/corridors/air/',
  '/corridors/rail/',
  '/corridors/intermodal/',
  '/places/khorgos/',
];

interface Measured {
  labels: { text: string; box: DOMRect; fontPx: number }[];
  markers: { place: string; box: DOMRect }[];
  map: DOMRect;
}

/** The labels and markers a reader sees on the page's map, measured where the browser draws them. */
function measure(page: Page): Promise<Measured> {
  return page.locator('figure.map svg[data-map]').evaluate((svg) => {
    const visible = (el: Element) => getComputedStyle(el).display !== 'none';
    const labels = [...svg.querySelectorAll<SVGTextElement>('text')].filter(visible).map((text) => ({
      text: text.textContent ?? '',
      box: text.getBoundingClientRect(),
      // The font size in CSS pixels as drawn: the size in map units, scaled as the map is.
      fontPx: parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
    }));
    const markers = [...svg.querySelectorAll<SVGGraphicsElement>('.map-marker')].filter(visible).map((shape) => ({
      place: shape.closest('a')?.dataset['place'] ?? '',
      box: shape.getBoundingClientRect(),
    }));
    return { labels, markers, map: svg.getBoundingClientRect() };
  });
}

/** Whether two boxes overlap by more than rounding can explain. */
function overlap(a: DOMRect, b: DOMRect, slack = 0.5): boolean {
  return a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom;
}

describe.each(['light', 'dark'] as const)('maps in %s mode', (colorScheme) => {
  describe.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('on a %s', (viewport) => {
    it.each(MAP_PAGES)(
      '%s: labels clear of each other and of the markers, inside the map, at least 12 px',
      async (path) => {
        await withPage(browser, path, { colorScheme, viewport: VIEWPORTS[viewport] }, async ({ page }) => {
          const { labels, markers, map } = await measure(page);
          expect(markers.length).toBeGreaterThan(0);
          expect(labels.length).toBeGreaterThanOrEqual(markers.length);
          const problems: string[] = [];
          for (const [i, a] of labels.entries()) {
            if (a.fontPx < 12) problems.push(`${a.text} is set at ${a.fontPx.toFixed(1)} px`);
            if (a.box.left < map.left || a.box.right > map.right || a.box.top < map.top || a.box.bottom > map.bottom)
              problems.push(`${a.text} runs off the map`);
            for (const m of markers)
              if (overlap(a.box, m.box)) problems.push(`${a.text} covers the marker of ${m.place}`);
            for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`${a.text} covers ${b.text}`);
          }
          expect(problems).toEqual([]);
        });
      },
    );
  });
});

describe('map accessibility', () => {
  // Each map page's WCAG check, on a phone and a desktop in both themes, is the page tour's (tour-*.test.ts).

  it('reaches every marker with the keyboard, shows focus, and opens the place’s page', async () => {
    await withPage(browser, '/corridors/rail/', async ({ page }) => {
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
  });

  it('names each marker link by its place and country', async () => {
    await withPage(browser, '/', async ({ page }) => {
      const link = page.getByRole('link', { name: 'Khorgos, China', exact: true });
      expect(await link.count()).toBe(1);
      expect(await link.first().getAttribute('href')).toBe('/places/khorgos/');
    });
  });
});

describe('maps without JavaScript', () => {
  it.each(MAP_PAGES)('%s draws the same map', async (path) => {
    const drawn = async (javaScriptEnabled: boolean) => {
      let html = '';
      await withPage(browser, path, { javaScriptEnabled, viewport: VIEWPORTS.phone }, async ({ page }) => {
        html = await page.locator('figure.map').evaluate((figure) => figure.outerHTML);
      });
      return html;
    };
    const [withScripts, without] = [await drawn(true), await drawn(false)];
    expect(without.length).toBeGreaterThan(1000);
    expect(without).toBe(withScripts);
  });
});
