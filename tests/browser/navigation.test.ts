import { describe, expect, it } from 'vitest';
import { browserForTests, sharedTabs, VIEWPORTS, withPage } from '../support/browser.ts';

const browser = browserForTests();

const visit = sharedTabs(browser);

async function inViewport(page: import('playwright-core').Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
}

describe('heading anchors', () => {
  it('lands on the section when its anchor link is followed', async () => {
    const { page } = await visit('/corridors/rail/');
    const link = page.locator('a.anchor-link[href="#alashankou"]');
    await page.locator('#alashankou').hover();
    await expect.poll(() => link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await link.click();
    await page.waitForFunction(() => location.hash === '#alashankou');
    await expect.poll(() => inViewport(page, '#alashankou')).toBe(true);
  });

  it('shows the anchor link on keyboard focus and names it for screen readers', async () => {
    const { page } = await visit('/corridors/air/');
    const link = page.locator('a.anchor-link').first();
    await link.focus();
    await expect.poll(() => link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const name = await link.evaluate((el) => el.textContent?.replace('#', '').trim());
    expect(name).toMatch(/^Section titled “.+”$/);
  });

  it.each([VIEWPORTS.phone, VIEWPORTS.desktop])(
    'opens a page at a fact anchor with the fact in view (%o)',
    async (viewport) => {
      const { page } = await visit('/corridors/intermodal/#intermodal-transit-after', { viewport });
      await expect.poll(() => inViewport(page, '#intermodal-transit-after')).toBe(true);
    },
  );

  it('takes a key figure to its fact card', async () => {
    const { page } = await visit('/corridors/rail/');
    await page
      .getByRole('list', { name: /key figures/i })
      .getByRole('link')
      .first()
      .click();
    await page.waitForFunction(() => location.hash === '#rail-khorgos-trains');
    await expect.poll(() => inViewport(page, '#rail-khorgos-trains')).toBe(true);
  });

  it('links a source paragraph to its facts and back', async () => {
    const { page } = await visit('/sources/xian-summit-corridors/#p5');
    await expect.poll(() => inViewport(page, '#p5')).toBe(true);
    await page.locator('#p5').getByRole('link', { name: 'Trains through Khorgos' }).click();
    await page.waitForURL(/\/corridors\/rail\/#rail-khorgos-trains$/);
    await page
      .locator('#rail-khorgos-trains')
      .getByRole('link', { name: /Source ¶5/ })
      .click();
    await page.waitForURL(/#p5$/);
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and moves focus to the main content', async () => {
    const { page } = await visit('/corridors/rail/');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await expect.poll(() => page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('marks the current page in the site navigation', async () => {
    for (const [path, label] of [
      ['/corridors/air/', 'Air'],
      ['/places/khorgos/', 'Places'],
    ]) {
      const { page } = await visit(path ?? '');
      const current = page.getByRole('navigation', { name: 'Site' }).locator('[aria-current="page"]');
      expect(await current.textContent()).toBe(label);
    }
  });

  it('keeps the site navigation on one row of a 390 px phone', async () => {
    const { page } = await visit('/', { viewport: VIEWPORTS.phone });
    const tops = await page
      .getByRole('navigation', { name: 'Site' })
      .locator('li')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(tops.length).toBe(6);
    expect(new Set(tops).size).toBe(1);
  });
});

describe('theme', () => {
  it('follows the system setting until the reader chooses', async () => {
    await withPage(browser(), '/', { colorScheme: 'dark' }, async ({ page }) => {
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await expect.poll(background).toBe('rgb(19, 21, 24)');
      await page.getByLabel('Theme').selectOption('light');
      await expect.poll(background).toBe('rgb(252, 252, 251)');
    });
  });

  it('remembers the choice, applied before the first paint', async () => {
    await withPage(browser(), '/', { colorScheme: 'light' }, async ({ page }) => {
      await page.getByLabel('Theme').selectOption('dark');
      // Record the theme the moment the body starts parsing, before any paint.
      await page.addInitScript(() => {
        document.addEventListener(
          'readystatechange',
          () => {
            (window as unknown as { themeAtParse: string | undefined }).themeAtParse ??=
              document.documentElement.dataset['theme'];
          },
          { once: true },
        );
      });
      await page.goto(page.url());
      expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe(
        'dark',
      );
      await expect.poll(() => page.getByLabel('Theme').inputValue()).toBe('dark');
      await page.getByLabel('Theme').selectOption('auto');
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    });
  });
});
