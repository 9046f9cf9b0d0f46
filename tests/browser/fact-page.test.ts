import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PREVIEW_ORIGIN } from '@/integrations/site-url.ts';
import { axeViolations, browserForTests, loadAgain, tabForTests, VIEWPORTS, withPage } from '../support/browser.ts';

const browser = browserForTests({ own: true });

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('#copy-status').textContent();

describe('a fact’s page', () => {
  // Following a fact's links changes nothing another page would see: one context for both tests.
  const reader = tabForTests(browser);

  it('copies its own address with “Copy link”, says so, and copies its citations', async () => {
    await withPage(browser(), '/facts/rail-khorgos-trains/', CLIPBOARD, async ({ page, problems }) => {
      // Found by its place, not its name: the name changes to “Copied” for a moment.
      const copyLink = page.locator('copy-button[data-what="Link"] button');
      expect(await copyLink.textContent()).toBe('Copy link');
      await copyLink.click();
      await expect.poll(() => copyLink.textContent()).toBe('Copied');
      await expect.poll(() => status(page)).toBe('Link copied');
      // The permanent address, as citations give it: the root build is made without SITE_URL, so that of the local preview.
      await expect.poll(() => clipboard(page)).toBe(`${PREVIEW_ORIGIN}/facts/rail-khorgos-trains/`);
      await expect.poll(() => copyLink.textContent()).toBe('Copy link');
      await page.getByRole('button', { name: 'Copy', exact: true }).first().click();
      await expect
        .poll(() => clipboard(page))
        .toMatch(/^2,485 inbound and outbound China–Europe .*\/facts\/rail-khorgos-trains\/$/);
      await expect.poll(() => status(page)).toBe('Short citation copied');
      expect(problems).toEqual([]);
    });
  });

  it('marks the quoted words inside the paragraph, and tells screen readers where they start and end', async () => {
    await loadAgain(reader(), '/facts/rail-customs-data/');
    const { page } = reader();
    const mark = page.locator('figure.passage mark');
    await expect.poll(() => mark.isVisible()).toBe(true);
    const cue = await mark.evaluate((el) => [
      getComputedStyle(el, '::before').content,
      getComputedStyle(el, '::after').content,
    ]);
    expect(cue).toEqual(['" [quoted passage] "', '" [end of quoted passage] "']);
    // The paragraph links to its place in the source.
    await page.locator('figure.passage figcaption a').click();
    await page.waitForURL(/\/sources\/xian-summit-corridors\/#p6$/);
  });

  it('leads from a derived figure to the facts it is computed from', async () => {
    await loadAgain(reader(), '/facts/rail-two-ports-growth/');
    const { page } = reader();
    await page.getByRole('link', { name: 'Trains through both ports' }).click();
    await page.waitForURL(/\/facts\/rail-two-ports-trains\/$/);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Trains through both ports');
  });

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    // Copying a link writes the clipboard, which each test writes before it looks: one context for the three pages.
    const phone = tabForTests(browser, { colorScheme, viewport: VIEWPORTS.phone, ...CLIPBOARD });

    it.each(['/facts/rail-customs-data/', '/facts/rail-two-ports-growth/', '/facts/summit-xian/'])(
      '%s has no WCAG 2.2 AA violation, on a phone and after copying',
      async (path) => {
        await loadAgain(phone(), path);
        const { page } = phone();
        expect(await axeViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'Copy link' }).click();
        await expect.poll(() => status(page)).toBe('Link copied');
        expect(await axeViolations(page)).toEqual([]);
      },
    );
  });
});
