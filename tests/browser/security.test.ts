import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dialogResultsFor, launchBrowser, VIEWPORTS } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Every kind of page, and what a reader does there beyond what every page offers. */
const PAGES: [path: string, use: (page: Page, viewport: keyof typeof VIEWPORTS) => Promise<void>][] = [
  ['/', async () => {}],
  ['/corridors/air/', useCorridor],
  ['/corridors/rail/', useCorridor],
  ['/corridors/intermodal/', useCorridor],
  ['/sources/xian-summit-corridors/', useSource],
  ['/facts/rail-khorgos-trains/', useFactPage],
  ['/facts/rail-two-ports-growth/', useFactPage],
  ['/places/', async () => {}],
  ['/places/khorgos/', useMap],
  ['/search/?q=khorgos', useSearchPage],
  ['/facts/', useFacts],
  ['/facts/?corridor=rail&sort=figure-desc&place=nowhere', useFacts],
  ['/no-such-page/', async () => {}],
  ['/corridors/', async () => {}],
];

async function useCorridor(page: Page, viewport: keyof typeof VIEWPORTS): Promise<void> {
  if (viewport === 'phone') {
    await page.locator('table-of-contents summary').click();
    await page.locator('table-of-contents ol').waitFor();
  }
  for (const chart of await page.locator('fact-chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn')).toBe('');
    await chart.getByRole('tab', { name: 'Table' }).click();
    await chart.getByRole('table').waitFor();
    await chart.getByRole('tab', { name: 'Chart' }).click();
  }
  const fact = page.locator('article.fact').first();
  await fact.getByText('Source passage', { exact: true }).click();
  await fact.getByText('Cite', { exact: true }).click();
  await fact.getByRole('button', { name: 'Copy' }).first().click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Short citation copied');
  // Last, as it leaves the page: the card's link to the fact's own page.
  const id = await fact.getAttribute('id');
  await fact.locator('.permalink').click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/facts/${id ?? ''}/`);
}

async function useFactPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
  await page.getByRole('button', { name: 'Copy' }).last().click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Full citation copied');
}

/** Follows a map's marker with the keyboard to its place's page. */
async function useMap(page: Page): Promise<void> {
  const marker = page.locator('a.map-place').first();
  await marker.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/places\/[a-z]+\/$/);
}

async function useSource(page: Page): Promise<void> {
  await page.locator('#p5 .para-number').click();
  await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
}

async function useSearchPage(page: Page): Promise<void> {
  const status = page.locator('search-page .status');
  await status.filter({ hasText: /results? for “khorgos”/ }).waitFor();
  await page.getByRole('checkbox', { name: 'Rail' }).check();
  await status.filter({ hasText: 'with these filters' }).waitFor();
  await page.getByRole('checkbox', { name: 'Rail' }).uncheck();
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  await status.filter({ hasNotText: 'with these filters' }).waitFor();
  if (await more.isVisible()) await more.click();
}

async function useFacts(page: Page): Promise<void> {
  const status = page.locator('facts-explorer .status');
  await page.locator('#facts-corridor').selectOption('air');
  // Until the first view is drawn, the status counts every fact.
  await status.filter({ hasNotText: /^(\d+) of \1 facts$/ }).waitFor();
  await page.locator('#facts-q').fill('route');
  await page.locator('.facts-table th[data-sort="fact"] button').click();
  await status.filter({ hasText: 'by name, A to Z' }).waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await status.filter({ hasNotText: 'of 0' }).waitFor();
}

/** What every page offers: the theme control, and search from the header, down to opening a result. */
async function useEveryPage(page: Page): Promise<void> {
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Theme').selectOption('light');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('khorgos');
  const options = page.locator('#search-dialog-results [role="option"]');
  await dialogResultsFor(page, 'khorgos');
  const more = page.locator('site-search button.more');
  if (await more.isVisible()) {
    const before = await options.count();
    await more.click();
    await expect.poll(() => options.count()).toBeGreaterThan(before);
  }
  await page.locator('#search-dialog-input').press('Enter');
  // The result's page marks the searched terms once it has loaded.
  await page.waitForFunction(() => document.documentElement.dataset['highlighted'] !== undefined);
  // The first result for a place's name is its page.
  await expect.poll(() => new URL(page.url()).pathname).toBe('/places/khorgos/');
}

describe.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('the security policy on a %s', (viewport) => {
  it.each(PAGES)('%s: every feature used, no violation', async (path, use) => {
    const context = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const page = await context.newPage();
      const violations: string[] = [];
      const errors: string[] = [];
      // Reported from every document the page shows, across navigations.
      await page.exposeFunction('reportViolation', (line: string) => violations.push(line));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportViolation: (line: string) => void }).reportViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      const response = await page.goto(`${inject('baseUrl')}${path}`);
      // The policy arrives twice, as a host sends it and in the page, and both hold.
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(await (await page.request.get(`${inject('baseUrl')}${path}`)).text()).toMatch(
        /<meta http-equiv="content-security-policy" content="[^"]*script-src/,
      );
      if (path === '/corridors/') {
        await page.waitForURL(/\/#corridors$/);
      }
      await use(page, viewport);
      await useEveryPage(page);
      expect(violations).toEqual([]);
      expect(errors.filter((text) => /Content.Security.Policy|violat|Refused/i.test(text))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
