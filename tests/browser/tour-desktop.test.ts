/**
 * The page tour on a desktop (tests/support/tour.ts): every page, in light and dark, each loaded once, with
 * everything a load can go wrong with collected during that one load: console errors, exceptions,
 * failed and off-site requests; security-policy violations; layout shift; sideways overflow; WCAG 2.2
 * AA violations. In light, the reader then uses the page (searching, drawing its charts, every feature
 * it offers) and the same load is checked again for layout shift and policy violations. The tour is
 * split by viewport so two test workers share it.
 */
import { describe, expect, it } from 'vitest';
import { browserForTests, withPage } from '../support/browser.ts';
import { tour } from '../support/tour.ts';

tour('desktop');

const browser = browserForTests({ scrollbars: true });

describe('the scrollbar', () => {
  it('takes its own place, so a centred page does not move sideways when it becomes longer than the window', async () => {
    // Lighthouse's desktop width, wider than the page's column, which is centred.
    await withPage(browser(), '/places/xian/', { viewport: { width: 1350, height: 900 } }, async ({ page }) => {
      const left = () => page.evaluate(() => document.querySelector('.site-header .bar')?.getBoundingClientRect().left);
      const long = await left();
      // As the page is while it loads: its first part only, shorter than the window, without a scrollbar.
      await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('main, footer')) element.hidden = true;
      });
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
      expect(await left()).toBe(long);
    });
  });
});
