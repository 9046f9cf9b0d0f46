import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, VIEWPORTS, withPage } from '../support/browser.ts';
import { browserPages } from '../../tools/site.ts';

// Every kind of page; of the pages a route makes per fact or place, those chosen for what they show.
const pages = browserPages(inject('distDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(['light', 'dark'] as const)('every kind of page in %s mode', (colorScheme) => {
  it.each(pages)('%s loads cleanly and has no WCAG 2.2 AA violation', async (path) => {
    await withPage(browser, path, { colorScheme }, async (opened) => {
      expect(opened.problems).toEqual([]);
      expect(await axeViolations(opened.page)).toEqual([]);
    });
  });
});

describe('on a phone', () => {
  it.each(pages)('%s fits the screen without sideways scrolling', async (path) => {
    await withPage(browser, path, { viewport: VIEWPORTS.phone }, async (opened) => {
      const overflow = await opened.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});

describe('without JavaScript', () => {
  it.each(pages)('%s shows all its content and hides controls that need scripts', async (path) => {
    await withPage(browser, path, { javaScriptEnabled: false }, async (opened) => {
      const { page } = opened;
      expect(await page.locator('main h1').first().isVisible()).toBe(true);
      expect(await page.locator('theme-select').isVisible()).toBe(false);
      const facts = page.locator('main .fact');
      for (let i = 0; i < (await facts.count()); i += 1) expect(await facts.nth(i).isVisible()).toBe(true);
      // With scripts off, Chromium refuses to fetch a preloaded script (the search page's engine
      // loader) and reports it as blocked ("csp"): nothing a reader without scripts would notice.
      const problems = opened.problems.filter((p) => !/^failed: \S+\.js csp$/.test(p));
      expect(problems).toEqual([]);
    });
  });
});
