import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserForTests,
  loadAgain,
  pageSettled,
  sharedTabs,
  tabForTests,
  VIEWPORTS,
  withPage,
} from '../support/browser.ts';

const browser = browserForTests();

const visit = sharedTabs(browser);

const CHART_CODE = /\/_astro\/draw-chart\.[\w-]+\.js$/;

/** How many pixels of the canvas have been painted. */
function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((el: HTMLCanvasElement) => {
    const ctx = el.getContext('2d');
    if (!ctx || el.width === 0) return 0;
    const { data } = ctx.getImageData(0, 0, el.width, el.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1;
    return painted;
  });
}

function canvasSignature(canvas: Locator): Promise<string> {
  return canvas.evaluate((el: HTMLCanvasElement) => el.toDataURL());
}

function requestsFor(page: Page, pattern: RegExp): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (pattern.test(new URL(request.url()).pathname)) seen.push(request.url());
  });
  return seen;
}

describe('charts', () => {
  it('loads Chart.js only when a chart comes near the viewport, then draws it', async () => {
    await withPage(browser(), '/corridors/rail/', { viewport: VIEWPORTS.phone }, async ({ page, problems }) => {
      const requested = requestsFor(page, CHART_CODE);
      await pageSettled(page);
      expect(requested).toEqual([]);
      const chart = page.locator('fact-chart').first();
      await chart.scrollIntoViewIfNeeded();
      await page.locator('fact-chart[data-drawn]').first().waitFor();
      await expect.poll(() => requested.length).toBe(1);
      await expect.poll(() => paintedPixels(chart.locator('canvas'))).toBeGreaterThan(1000);
      expect(problems).toEqual([]);
    });
  });

  describe('on pages without a chart', () => {
    // Pages that load no chart code, in a context of their own: Chart.js, once in the cache of a
    // context that had loaded it, could come from there unnoticed.
    const reader = tabForTests(browser);

    it.each(['/', '/sources/xian-summit-corridors/', '/404.html'])(
      '%s has no chart and requests no Chart.js code',
      async (path) => {
        const { page } = reader();
        await loadAgain(reader(), path);
        const isChartCode = (p: string) => CHART_CODE.test(p) || p.includes('FactChart');
        const requested = requestsFor(page, /./);
        const atLoad = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
        );
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForFunction(() => window.scrollY > 0 || document.body.scrollHeight <= window.innerHeight);
        await pageSettled(page);
        expect([...atLoad, ...requested.map((url) => new URL(url).pathname)].filter(isChartCode)).toEqual([]);
      },
    );
  });

  it.each(['/corridors/air/', '/corridors/rail/', '/corridors/intermodal/'])(
    '%s: the Table tab shows the same numbers as the fact cards',
    async (path) => {
      const { page } = await visit(path);
      const chart = page.locator('fact-chart').first();
      await chart.scrollIntoViewIfNeeded();
      const table = chart.getByRole('table');
      await expect.poll(() => table.isVisible()).toBe(false);
      await chart.getByRole('tab', { name: 'Table' }).click();
      await expect.poll(() => table.isVisible()).toBe(true);
      await expect.poll(() => chart.locator('canvas').isVisible()).toBe(false);
      const cells = await table.locator('[data-fact]').evaluateAll((links) =>
        links.map((link) => ({
          fact: link.getAttribute('data-fact') ?? '',
          href: link.getAttribute('href') ?? '',
          value: link.querySelector('data')?.getAttribute('value') ?? null,
          text: link.textContent?.trim() ?? '',
        })),
      );
      expect(cells.length).toBeGreaterThan(1);
      for (const cell of cells) {
        const card = page.locator(`[id="${cell.fact}"]`);
        if (cell.value === null) {
          // A timeline's group, as the source dates it (“Since the beginning of this year”), links to its fact's card.
          expect(cell.href).toBe(`#${cell.fact}`);
          expect(await card.count()).toBe(1);
        } else {
          expect(await card.locator('.figure data').getAttribute('value')).toBe(cell.value);
          expect(await card.locator('.figure').textContent()).toBe(cell.text);
        }
      }
    },
  );

  it('switches between Chart and Table with the arrow keys', async () => {
    const { page } = await visit('/corridors/intermodal/');
    const chart = page.locator('fact-chart').first();
    await chart.getByRole('tab', { name: 'Chart' }).focus();
    await page.keyboard.press('ArrowRight');
    const tableTab = chart.getByRole('tab', { name: 'Table' });
    await expect.poll(() => tableTab.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Table');
    await expect.poll(() => chart.getByRole('table').isVisible()).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => chart.getByRole('tab', { name: 'Chart' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => chart.getByRole('table').isVisible()).toBe(false);
  });

  it('names the canvas and describes it for screen readers', async () => {
    const { page } = await visit('/corridors/rail/');
    const canvas = page.getByRole('img', { name: 'China–Europe (Central Asia) trains by railway port' });
    const described = await canvas.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    );
    expect(described).toContain('Khorgos');
    expect(described).toContain('2,485 trains');
  });

  it('shows the table without JavaScript', async () => {
    await withPage(browser(), '/corridors/rail/', { javaScriptEnabled: false }, async ({ page }) => {
      const chart = page.locator('fact-chart').first();
      expect(await chart.getByRole('table').isVisible()).toBe(true);
      expect(await chart.getByRole('tab').first().isVisible()).toBe(false);
      expect(await chart.locator('canvas').isVisible()).toBe(false);
    });
  });

  it('redraws in the reader’s theme', async () => {
    await withPage(browser(), '/corridors/intermodal/', { colorScheme: 'light' }, async ({ page }) => {
      const chart = page.locator('fact-chart').first();
      await chart.scrollIntoViewIfNeeded();
      await page.locator('fact-chart[data-drawn]').waitFor();
      const canvas = chart.locator('canvas');
      const light = await canvasSignature(canvas);
      await page.getByLabel('Theme').selectOption('dark');
      await expect.poll(() => canvasSignature(canvas)).not.toBe(light);
    });
  });

  it('resizes with the layout', async () => {
    await withPage(browser(), '/corridors/rail/', { viewport: VIEWPORTS.desktop }, async ({ page }) => {
      const chart = page.locator('fact-chart').first();
      await chart.scrollIntoViewIfNeeded();
      await page.locator('fact-chart[data-drawn]').waitFor();
      const canvas = chart.locator('canvas');
      const wide = await canvas.evaluate((el) => el.getBoundingClientRect().width);
      await page.setViewportSize(VIEWPORTS.phone);
      await expect.poll(() => canvas.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(wide);
      await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(1000);
    });
  });
});
