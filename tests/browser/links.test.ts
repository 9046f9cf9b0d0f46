import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS } from '../support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('#copy-status').textContent();

function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -2 && box.top < window.innerHeight;
  });
}

function currentSection(page: Page): Promise<string | null> {
  return page.locator('table-of-contents a[aria-current="true"]').textContent({ timeout: 2000 }).catch(() => null);
}

describe('copying links and citations', () => {
  it('copies a section’s full URL from its anchor link, says so, and still moves to it', async () => {
    const { page, close } = await openPage(browser, '/corridors/rail/', CLIPBOARD);
    try {
      await page.locator('#khorgos').hover();
      await page.locator('a.anchor-link[href="#khorgos"]').click();
      await expect.poll(() => clipboard(page)).toBe(`${inject('baseUrl')}/corridors/rail/#khorgos`);
      await expect.poll(() => status(page)).toBe('Link copied');
      expect(await page.locator('.copy-tip').textContent()).toBe('Link copied');
      expect(new URL(page.url()).hash).toBe('#khorgos');
    } finally {
      await close();
    }
  });

  it('copies a fact’s link from the keyboard', async () => {
    const { page, close } = await openPage(browser, '/corridors/intermodal/', CLIPBOARD);
    try {
      await page.locator('#intermodal-years .permalink').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboard(page)).toBe(`${inject('baseUrl')}/corridors/intermodal/#intermodal-years`);
      await expect.poll(() => status(page)).toBe('Link copied');
    } finally {
      await close();
    }
  });

  it('copies a source paragraph’s link from its number', async () => {
    const { page, close } = await openPage(browser, '/sources/xian-summit-corridors/', CLIPBOARD);
    try {
      await page.locator('#p6 .para-number').click();
      await expect.poll(() => clipboard(page)).toBe(`${inject('baseUrl')}/sources/xian-summit-corridors/#p6`);
    } finally {
      await close();
    }
  });

  it('copies a fact’s short and full citations', async () => {
    const { page, close } = await openPage(browser, '/corridors/rail/', CLIPBOARD);
    try {
      const card = page.locator('#rail-khorgos-trains');
      await card.getByText('Cite', { exact: true }).click();
      const short = await card.locator('[id$="-cite-short"]').textContent();
      expect(short).toContain('2,485 China–Europe (Central Asia) trains');
      expect(short).toContain('May 2023');
      expect(short).toContain('https://corridors.example/corridors/rail/#rail-khorgos-trains');
      await card.getByRole('button', { name: 'Copy' }).first().click();
      await expect.poll(() => clipboard(page)).toBe(short?.trim());
      await expect.poll(() => status(page)).toBe('Short citation copied');
      await card.getByRole('button', { name: 'Copy' }).nth(1).click();
      await expect.poll(() => clipboard(page)).toContain('paragraph 5');
    } finally {
      await close();
    }
  });

  it('selects the text when the clipboard is refused', async () => {
    const { page, close } = await openPage(browser, '/corridors/rail/');
    try {
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('denied')) }) });
      });
      await page.reload();
      await page.locator('#alashankou').hover();
      await page.locator('a.anchor-link[href="#alashankou"]').click();
      const box = page.locator('input.copy-fallback');
      await box.waitFor();
      expect(await box.inputValue()).toBe(`${inject('baseUrl')}/corridors/rail/#alashankou`);
      // Focus and selection follow the browser's move to the fragment.
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('copy-fallback');
      expect(await box.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd === el.value.length])).toEqual([0, true]);
      await page.keyboard.press('Escape');
      expect(await box.count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('old links', () => {
  it.each([true, false])('an alias anchor lands on its new target (JavaScript %s)', async (javaScriptEnabled) => {
    const { page, close } = await openPage(browser, '/corridors/rail/#horgos', { javaScriptEnabled });
    try {
      expect(await inView(page, '#khorgos')).toBe(true);
    } finally {
      await close();
    }
  });

  it('an old page address redirects to its new place', async () => {
    const { page, close } = await openPage(browser, '/corridors/');
    try {
      await page.waitForURL(/\/#corridors$/);
      expect(await inView(page, '#corridors')).toBe(true);
    } finally {
      await close();
    }
  });
});

describe.each([
  ['desktop', VIEWPORTS.desktop],
  ['phone', VIEWPORTS.phone],
] as const)('the table of contents on a %s', (_name, viewport) => {
  it('marks the section of a heading the page opens at', async () => {
    const { page, close } = await openPage(browser, '/corridors/rail/#faster-border-checks', { viewport });
    try {
      expect(await currentSection(page)).toBe('Faster border checks');
    } finally {
      await close();
    }
  });

  it('marks the section holding a fact the page opens at, even near the end', async () => {
    const { page, close } = await openPage(browser, '/corridors/rail/#rail-golden-channel', { viewport });
    try {
      expect(await currentSection(page)).toBe('A “golden channel”');
    } finally {
      await close();
    }
  });

  it('marks the last section at the end of the page, and follows the reader while scrolling', async () => {
    const { page, close } = await openPage(browser, '/corridors/intermodal/', { viewport });
    try {
      await page.mouse.move(10, 300);
      await page.mouse.wheel(0, 100_000);
      await expect.poll(() => currentSection(page)).toBe('Places');
      await page.locator('#a-trainload-of-uzbek-potash').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.mouse.wheel(0, 10);
      await expect.poll(() => currentSection(page)).toBe('A trainload of Uzbek potash');
    } finally {
      await close();
    }
  });

  it('marks the paragraph of the source page opened at its anchor', async () => {
    const { page, close } = await openPage(browser, '/sources/xian-summit-corridors/#p9', { viewport });
    try {
      expect(await currentSection(page)).toMatch(/^¶9 /);
    } finally {
      await close();
    }
  });
});

describe('the table of contents on a phone', () => {
  it('starts folded at the top and opens from its summary', async () => {
    const { page, close } = await openPage(browser, '/corridors/air/', { viewport: VIEWPORTS.phone });
    try {
      const list = page.locator('table-of-contents ol');
      expect(await list.isVisible()).toBe(false);
      await page.getByText('On this page').click();
      expect(await list.isVisible()).toBe(true);
      const tocTop = await page.locator('table-of-contents').evaluate((el) => el.getBoundingClientRect().top);
      const firstSection = await page.locator('#two-new-routes-for-the-summit').evaluate((el) => el.getBoundingClientRect().top);
      expect(tocTop).toBeLessThan(firstSection);
    } finally {
      await close();
    }
  });
});

describe(`the site under a sub-path`, () => {
  it('loads its pages, draws its charts and finds with search', async () => {
    const { page, problems, close } = await openPage(browser, '/corridors/rail/', { site: 'sub' });
    try {
      await page.locator('fact-chart').first().scrollIntoViewIfNeeded();
      await page.locator('fact-chart[data-drawn]').first().waitFor();
      await page.keyboard.press('Control+k');
      await page.keyboard.type('dushanbe');
      const first = page.locator('#search-dialog-results [role="option"]').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toMatch(/^\/corridors-site\/corridors\/air\/\?highlight=dushanbe#air-dushanbe-route$/);
      await first.click();
      await page.waitForURL(/\/corridors-site\/corridors\/air\/#air-dushanbe-route$/);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
