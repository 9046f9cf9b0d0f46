import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PREVIEW_ORIGIN } from '@/integrations/site-url.ts';
import { browserForTests, dialogResultsFor, sharedTabs, VIEWPORTS, withPage } from '../support/browser.ts';

const browser = browserForTests({ own: true });

const visit = sharedTabs(browser);

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('#copy-status').textContent();

function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -2 && box.top < window.innerHeight;
  });
}

/** The section the table of contents marks as current now, or null; for `expect.poll`, so it does not wait. */
function currentSection(page: Page): Promise<string | null> {
  return page.locator('table-of-contents a[aria-current="true"]').evaluateAll((links) => links[0]?.textContent ?? null);
}

describe('copying links and citations', () => {
  it('copies a section’s full URL from its anchor link, says so, and still moves to it', async () => {
    const { page } = await visit('/corridors/rail/', CLIPBOARD);
    await page.locator('#khorgos').hover();
    await page.locator('a.anchor-link[href="#khorgos"]').click();
    await expect.poll(() => clipboard(page)).toBe(`${inject('baseUrl')}/corridors/rail/#khorgos`);
    await expect.poll(() => status(page)).toBe('Link copied');
    await expect.poll(() => page.locator('.copy-tip').textContent()).toBe('Link copied');
    await expect.poll(() => new URL(page.url()).hash).toBe('#khorgos');
  });

  it('follows a card’s link to the fact’s page, from the keyboard, without copying it', async () => {
    const { page } = await visit('/corridors/intermodal/', CLIPBOARD);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.locator('#intermodal-years .permalink').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/facts\/intermodal-years\/$/);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Years in operation');
    expect(await clipboard(page)).toBe('before');
  });

  it('copies a source paragraph’s link from its number', async () => {
    const { page } = await visit('/sources/xian-summit-corridors/', CLIPBOARD);
    await page.locator('#p6 .para-number').click();
    await expect.poll(() => clipboard(page)).toBe(`${inject('baseUrl')}/sources/xian-summit-corridors/#p6`);
  });

  it('copies a fact’s short and full citations', async () => {
    const { page } = await visit('/corridors/rail/', CLIPBOARD);
    const card = page.locator('#rail-khorgos-trains');
    await card.getByText('Cite or embed', { exact: true }).click();
    const short = await card.locator('.citations dt:text-is("Short") + dd > p').textContent();
    expect(short).toContain('2,485 inbound and outbound China–Europe (Central Asia) trains');
    expect(short).toContain('May 2023');
    // The root build is made without SITE_URL, so its addresses are those of the local preview.
    expect(short).toContain(`${PREVIEW_ORIGIN}/facts/rail-khorgos-trains/`);
    await card.locator('.citations dt:text-is("Short") + dd button').click();
    await expect.poll(() => clipboard(page)).toBe(short?.trim());
    await expect.poll(() => status(page)).toBe('Short citation copied');
    await card.locator('.citations dt:text-is("Full") + dd button').click();
    await expect.poll(() => clipboard(page)).toContain('paragraph 5');
    // Beside them, the code that embeds the card on another site, made as the control opened.
    await card.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => status(page)).toBe('Embed code copied');
    await expect
      .poll(() => clipboard(page))
      .toBe(
        `<iframe src="${inject('baseUrl')}/embed/facts/rail-khorgos-trains/" title="Trains through Khorgos" height="420" style="width: 100%; border: 0" loading="lazy"></iframe>`,
      );
  });

  it('selects the text when the clipboard is refused', async () => {
    // A clipboard that refuses, from the page's first script on.
    const before = async (page: Page) => {
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', {
          get: () => ({ writeText: () => Promise.reject(new Error('denied')) }),
        });
      });
    };
    await withPage(browser(), '/corridors/rail/', { before }, async ({ page }) => {
      await page.locator('#alashankou').hover();
      await page.locator('a.anchor-link[href="#alashankou"]').click();
      const box = page.locator('input.copy-fallback');
      await expect.poll(() => box.inputValue()).toBe(`${inject('baseUrl')}/corridors/rail/#alashankou`);
      // Focus and selection follow the browser()'s move to the fragment.
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('copy-fallback');
      await expect
        .poll(() => box.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd === el.value.length]))
        .toEqual([0, true]);
      await page.keyboard.press('Escape');
      await expect.poll(() => box.count()).toBe(0);
    });
  });
});

describe('old links', () => {
  it.each([true, false])('an alias anchor lands on its new target (JavaScript %s)', async (javaScriptEnabled) => {
    const { page } = await visit('/corridors/rail/#horgos', { javaScriptEnabled });
    await expect.poll(() => inView(page, '#khorgos')).toBe(true);
  });

  it('an old page address redirects to its new place', async () => {
    const { page } = await visit('/corridors/');
    await page.waitForURL(/\/#corridors$/);
    await expect.poll(() => inView(page, '#corridors')).toBe(true);
  });
});

describe.each([
  ['desktop', VIEWPORTS.desktop],
  ['phone', VIEWPORTS.phone],
] as const)('the table of contents on a %s', (_name, viewport) => {
  it('marks the section of a heading the page opens at', async () => {
    const { page } = await visit('/corridors/rail/#shorter-stops-at-alashankou', { viewport });
    await expect.poll(() => currentSection(page)).toBe('Shorter stops at Alashankou');
  });

  it('marks the section holding a fact the page opens at, even near the end', async () => {
    const { page } = await visit('/corridors/rail/#rail-golden-channel', { viewport });
    await expect.poll(() => currentSection(page)).toBe('A “golden channel”');
  });

  it('marks the last section at the end of the page, and follows the reader while scrolling', async () => {
    const { page } = await visit('/corridors/intermodal/', { viewport });
    await page.mouse.move(10, 300);
    await page.mouse.wheel(0, 100_000);
    await expect.poll(() => currentSection(page)).toBe('Places');
    await page.locator('#a-trainload-of-uzbek-potash').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.mouse.wheel(0, 10);
    await expect.poll(() => currentSection(page)).toBe('A trainload of Uzbek potash');
  });

  it('marks the paragraph of the source page opened at its anchor', async () => {
    const { page } = await visit('/sources/xian-summit-corridors/#p9', { viewport });
    await expect.poll(() => currentSection(page)).toMatch(/^¶9 /);
  });
});

describe('the table of contents on a phone', () => {
  it('starts folded at the top and opens from its summary', async () => {
    const { page } = await visit('/corridors/air/', { viewport: VIEWPORTS.phone });
    const list = page.locator('table-of-contents ol');
    await expect.poll(() => list.isVisible()).toBe(false);
    await page.getByText('On this page').click();
    await expect.poll(() => list.isVisible()).toBe(true);
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    await expect
      .poll(async () => (await top('table-of-contents')) < (await top('#two-new-routes-for-the-summit')))
      .toBe(true);
  });
});

describe(`the site under a sub-path`, () => {
  it('loads its pages, draws its charts and finds with search', async () => {
    await withPage(browser(), '/corridors/rail/', { site: 'sub' }, async ({ page, problems }) => {
      await page.locator('fact-chart').first().scrollIntoViewIfNeeded();
      await page.locator('fact-chart[data-drawn]').first().waitFor();
      await page.keyboard.press('Control+k');
      await page.keyboard.type('dushanbe');
      await dialogResultsFor(page, 'dushanbe');
      const first = page.locator('#search-dialog-results [role="option"]').first();
      // A place's name finds its page first.
      await expect
        .poll(() => first.getAttribute('href'))
        .toMatch(/^\/corridors-site\/places\/dushanbe\/\?highlight=dushanbe$/);
      await first.click();
      await page.waitForURL(/\/corridors-site\/places\/dushanbe\/(\?highlight=dushanbe)?$/);
      expect(problems).toEqual([]);
    });
  });
});
