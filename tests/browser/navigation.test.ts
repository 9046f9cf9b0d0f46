import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS } from '../support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function inViewport(page: import('playwright-core').Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
}

describe('heading anchors', () => {
  it('lands on the section when its anchor link is followed', async () => {
    const { page, close } = await openPage(browser, '/corridors/rail/');
    try {
      const link = page.locator('a.anchor-link[href="#alashankou"]');
      await page.locator('#alashankou').hover();
      expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      await link.click();
      await page.waitForFunction(() => location.hash === '#alashankou');
      expect(await inViewport(page, '#alashankou')).toBe(true);
    } finally {
      await close();
    }
  });

  it('shows the anchor link on keyboard focus and names it for screen readers', async () => {
    const { page, close } = await openPage(browser, '/corridors/air/');
    try {
      const link = page.locator('a.anchor-link').first();
      await link.focus();
      expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const name = await link.evaluate((el) => el.textContent?.replace('#', '').trim());
      expect(name).toMatch(/^Section titled “.+”$/);
    } finally {
      await close();
    }
  });

  it.each([VIEWPORTS.phone, VIEWPORTS.desktop])('opens a page at a fact anchor with the fact in view (%o)', async (viewport) => {
    const { page, close } = await openPage(browser, '/corridors/intermodal/#intermodal-transit-after', { viewport });
    try {
      expect(await inViewport(page, '#intermodal-transit-after')).toBe(true);
    } finally {
      await close();
    }
  });

  it('takes a key figure to its fact card', async () => {
    const { page, close } = await openPage(browser, '/corridors/rail/');
    try {
      await page.getByRole('list', { name: /key figures/i }).getByRole('link').first().click();
      await page.waitForFunction(() => location.hash === '#rail-khorgos-trains');
      expect(await inViewport(page, '#rail-khorgos-trains')).toBe(true);
    } finally {
      await close();
    }
  });

  it('links a source paragraph to its facts and back', async () => {
    const { page, close } = await openPage(browser, '/sources/xian-summit-corridors/#p5');
    try {
      expect(await inViewport(page, '#p5')).toBe(true);
      await page.locator('#p5').getByRole('link', { name: 'Trains through Khorgos' }).click();
      await page.waitForURL(/\/corridors\/rail\/#rail-khorgos-trains$/);
      await page.locator('#rail-khorgos-trains').getByRole('link', { name: /Source ¶5/ }).click();
      await page.waitForURL(/#p5$/);
    } finally {
      await close();
    }
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and moves focus to the main content', async () => {
    const { page, close } = await openPage(browser, '/corridors/rail/');
    try {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      expect(await page.locator('.skip-link').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await close();
    }
  });

  it('marks the current page in the site navigation', async () => {
    const { page, close } = await openPage(browser, '/corridors/air/');
    try {
      const current = page.getByRole('navigation', { name: 'Site' }).locator('[aria-current="page"]');
      expect(await current.textContent()).toBe('Air');
    } finally {
      await close();
    }
  });
});

describe('theme', () => {
  it('follows the system setting until the reader chooses', async () => {
    const { page, close } = await openPage(browser, '/', { colorScheme: 'dark' });
    try {
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(await background()).toBe('rgb(19, 21, 24)');
      await page.getByLabel('Theme').selectOption('light');
      expect(await background()).toBe('rgb(252, 252, 251)');
    } finally {
      await close();
    }
  });

  it('remembers the choice, applied before the first paint', async () => {
    const { page, close } = await openPage(browser, '/', { colorScheme: 'light' });
    try {
      await page.getByLabel('Theme').selectOption('dark');
      // Record the theme the moment the body starts parsing, before any paint.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          (window as unknown as { themeAtParse: string | undefined }).themeAtParse ??= document.documentElement.dataset['theme'];
        }, { once: true });
      });
      await page.goto(page.url());
      expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe('dark');
      expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
      await page.getByLabel('Theme').selectOption('auto');
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    } finally {
      await close();
    }
  });
});
