import { describe, expect, inject, it } from 'vitest';
import { browserForTests, loadAgain, tabForTests, VIEWPORTS } from '../support/browser.ts';
import { browserPages } from '../../tools/site.ts';

const browser = browserForTests();

describe('without JavaScript', () => {
  // Without scripts, a page changes nothing: one context for them all, each page loaded in it afresh.
  const reader = tabForTests(browser, { viewport: VIEWPORTS.desktop, javaScriptEnabled: false });

  it.each(browserPages(inject('distDir')))(
    '%s shows all its content and hides controls that need scripts',
    async (path) => {
      const { page } = reader();
      await loadAgain(reader(), path);
      // A page's heading, or a fact's embed's card, which is all that embed shows.
      expect(await page.locator('main h1, main > article.fact').first().isVisible()).toBe(true);
      expect(await page.locator('theme-select').isVisible()).toBe(false);
      const facts = page.locator('main .fact');
      for (let i = 0; i < (await facts.count()); i += 1) expect(await facts.nth(i).isVisible()).toBe(true);
      // With scripts off, Chromium refuses to fetch a preloaded script (the search page's engine
      // loader) and reports it as blocked ("csp"): nothing a reader without scripts would notice.
      const problems = reader().problems.filter((p) => !/^failed: \S+\.js csp$/.test(p));
      expect(problems).toEqual([]);
    },
  );
});
