import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { ExplorerData } from '@/lib/explorer/facts-explorer.ts';
import { axeViolations, browserForTests, sharedTabs, VIEWPORTS, withPage } from '../support/browser.ts';

const browser = browserForTests();

const visit = sharedTabs(browser);

const data = JSON.parse(readFileSync(join(inject('distDir'), 'facts/explorer.json'), 'utf8')) as ExplorerData;
const total = data.facts.length;
const corridorIndex = (id: string) => data.corridors.findIndex((c) => c.id === id);
const railFacts = data.facts.filter((f) => f.corridor === corridorIndex('rail'));
const airFacts = data.facts.filter((f) => f.corridor === corridorIndex('air'));

const status = (page: Page) => page.locator('facts-explorer .status');
/** The facts the table shows, by their pages' paths, in order. */
const rowLinks = (page: Page) =>
  page.locator('.facts-table tbody th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** Presses Tab (or Shift+Tab) until `selector` has focus, as a keyboard user reaches a control; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 40 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the facts explorer', () => {
  it('filters by keyboard: Tab to a menu, choose, and the table and its count follow', async () => {
    const { page, problems } = await visit('/facts/');
    await tabTo(page, '#facts-corridor');
    // A closed menu takes the first letter of an option, as a keyboard user chooses.
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('#facts-corridor').inputValue()).toBe('rail');
    await status(page)
      .filter({ hasText: `${railFacts.length} of ${total} facts` })
      .waitFor();
    expect(await rowLinks(page)).toEqual(railFacts.map((f) => `/facts/${f.id}/`));
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    // The words narrow it further: another spelling of a place finds its facts.
    await tabTo(page, '#facts-q', { back: true });
    await page.keyboard.type('horgos');
    const khorgos = railFacts.filter((f) => f.places.some((p) => data.places[p]?.id === 'khorgos'));
    await status(page)
      .filter({ hasText: `${khorgos.length} of ${total} facts` })
      .waitFor();
    expect(khorgos.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('finds a place by a name in another script, typed or in the address, and writes its id back', async () => {
    const khorgos = data.facts.filter((f) => f.places.some((p) => data.places[p]?.id === 'khorgos'));
    const place = (page: Page) => page.locator('#facts-place');
    const { page, problems } = await visit('/facts/');
    await place(page).focus();
    // As an input method commits a name, the whole of it at once, here before the data has arrived.
    await page.keyboard.insertText('霍尔果斯');
    await status(page)
      .filter({ hasText: `${khorgos.length} of ${total} facts` })
      .waitFor();
    expect(await rowLinks(page)).toEqual(khorgos.map((f) => `/facts/${f.id}/`));
    // What the reader typed stays as typed while they are in the field.
    expect(await place(page).inputValue()).toBe('霍尔果斯');
    // Leaving the field, the reader sees the place it named.
    await page.keyboard.press('Tab');
    await expect.poll(() => place(page).inputValue()).toBe('Khorgos');
    await expect.poll(() => new URL(page.url()).search).toBe('?place=khorgos');
    expect(problems).toEqual([]);

    const linked = await visit(`/facts/?place=${encodeURIComponent('Қорғас')}`);
    await status(linked.page)
      .filter({ hasText: `${khorgos.length} of ${total} facts` })
      .waitFor();
    expect(await place(linked.page).inputValue()).toBe('Khorgos');
    await expect.poll(() => new URL(linked.page.url()).search).toBe('?place=khorgos');
    expect(await linked.page.locator('facts-explorer .url-notice').isVisible()).toBe(false);
    // Text that names no place says why nothing matches, and stays out of the address.
    await place(linked.page).fill('Хо');
    await status(linked.page)
      .filter({ hasText: `0 of ${total} facts. No place is called ‘Хо’.` })
      .waitFor();
    await expect.poll(() => new URL(linked.page.url()).search).toBe('');
    await place(linked.page).fill('Хор');
    await status(linked.page)
      .filter({ hasText: new RegExp(`^${khorgos.length} of ${total} facts$`) })
      .waitFor();
    expect(linked.problems).toEqual([]);
  });

  it('shows the address’s menus at once, keeps a choice made before the data, and needs no data for a place link', async () => {
    // explorer.json waits for `release`: served (true) or failed (false).
    let release: (ok: boolean) => void = () => undefined;
    const hold = () => new Promise<boolean>((resolve) => (release = resolve));
    let gate = hold();
    const before = async (page: Page) => {
      await page.route('**/facts/explorer.json', async (route) => ((await gate) ? route.continue() : route.abort()));
    };
    const link = '/facts/?corridor=rail&place=khorgos';
    await withPage(browser(), link, { before }, async ({ page }) => {
      const corridor = page.locator('#facts-corridor');
      await expect.poll(() => corridor.inputValue()).toBe('rail');
      await corridor.selectOption('air');
      release(true);
      const both = airFacts.filter((f) => f.places.some((p) => data.places[p]?.id === 'khorgos'));
      await status(page)
        .filter({ hasText: `${both.length} of ${total} facts` })
        .waitFor();
      expect(await page.locator('#facts-place').inputValue()).toBe('Khorgos');
      expect(await corridor.inputValue()).toBe('air');
      // The data fails: the load's error alone, the menus still as the address asks.
      gate = hold();
      await page.goto(new URL(link, page.url()).href);
      await expect.poll(() => corridor.inputValue()).toBe('rail');
      release(false);
      await status(page).filter({ hasText: 'could not be loaded' }).waitFor();
      expect(await page.locator('facts-explorer .url-notice').isVisible()).toBe(false);
    });
  });

  it('sorts by keyboard, the column saying which way', async () => {
    const { page } = await visit('/facts/');
    const figure = page.locator('.facts-table th[data-sort="figure"]');
    await tabTo(page, '.facts-table th[data-sort="figure"] button');
    await page.keyboard.press('Enter');
    await expect.poll(() => figure.getAttribute('aria-sort')).toBe('ascending');
    await status(page).filter({ hasText: 'by figure, smallest first' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => figure.getAttribute('aria-sort')).toBe('descending');
    await status(page).filter({ hasText: 'by figure, largest first' }).waitFor();
    expect(await page.locator('.facts-table th[data-sort="source"]').getAttribute('aria-sort')).toBeNull();
    const values = await page
      .locator('.facts-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('data')?.getAttribute('value') ?? null));
    const numbers = values.filter((v) => v !== null).map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    // Facts with no figure come last.
    expect(values.slice(numbers.length).every((v) => v === null)).toBe(true);
  });

  it('keeps the view in the address, so a reload shows the same rows', async () => {
    const { page } = await visit('/facts/');
    await page.locator('#facts-kind').selectOption('quoted');
    await page.locator('#facts-q').fill('trains');
    await page.locator('.facts-table th[data-sort="figure"] button').click();
    await page.locator('.facts-table th[data-sort="figure"] button').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?kind=quoted&q=trains&sort=figure-desc');
    const shown = await rowLinks(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    await page.reload();
    await status(page)
      .filter({ hasText: `${shown.length} of ${total} facts, by figure, largest first` })
      .waitFor();
    expect(await rowLinks(page)).toEqual(shown);
    expect(await page.locator('#facts-kind').inputValue()).toBe('quoted');
    expect(await page.locator('#facts-q').inputValue()).toBe('trains');
    expect(await page.locator('.facts-table th[data-sort="figure"]').getAttribute('aria-sort')).toBe('descending');
  });

  it('draws the rows of a view exactly as the build drew them', async () => {
    const { page } = await visit('/facts/');
    const built = await page.locator('.facts-table tbody').innerHTML();
    await page.locator('#facts-corridor').selectOption('air');
    await status(page)
      .filter({ hasText: `${airFacts.length} of ${total} facts` })
      .waitFor();
    expect(await page.locator('.facts-table tbody').innerHTML()).not.toBe(built);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await status(page)
      .filter({ hasText: `${total} of ${total} facts` })
      .waitFor();
    expect(await page.locator('.facts-table tbody').innerHTML()).toBe(built);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('says when nothing matches, with a way back', async () => {
    const { page } = await visit('/facts/?q=zzzz');
    await status(page)
      .filter({ hasText: `0 of ${total} facts` })
      .waitFor();
    const empty = page.locator('facts-explorer .empty');
    expect(await empty.isVisible()).toBe(true);
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await status(page)
      .filter({ hasText: `${total} of ${total} facts` })
      .waitFor();
    expect(await empty.isVisible()).toBe(false);
  });

  it('reports a filter value it does not know, as typed, and shows the rest of the view', async () => {
    const { page } = await visit('/facts/?corridor=sea&place=%3Cb%3Ex%3C%2Fb%3E&corridor=rail&sort=up');
    const notice = page.locator('facts-explorer .url-notice');
    await notice.waitFor();
    // The place is checked once the data is here, after the rest.
    await expect
      .poll(() => notice.textContent())
      .toBe('Unknown corridor ‘sea’ ignored. Unknown sort order ‘up’ ignored. Unknown place ‘<b>x</b>’ ignored.');
    expect(await notice.locator('b').count()).toBe(0);
    expect(await notice.getAttribute('role')).toBe('alert');
    await status(page)
      .filter({ hasText: `${railFacts.length} of ${total} facts` })
      .waitFor();
  });

  it('shows the whole table without JavaScript, without the controls that would need it', async () => {
    await withPage(browser(), '/facts/', { javaScriptEnabled: false }, async ({ page, problems }) => {
      const rows = page.locator('.facts-table tbody tr');
      expect(await rows.count()).toBe(total);
      for (let i = 0; i < total; i += 1) expect(await rows.nth(i).isVisible()).toBe(true);
      expect(await rowLinks(page)).toEqual(data.facts.map((f) => `/facts/${f.id}/`));
      expect(await page.locator('facts-explorer form').isVisible()).toBe(false);
      expect(await page.locator('facts-explorer .status').isVisible()).toBe(false);
      expect(await page.locator('.facts-table caption').isVisible()).toBe(true);
      expect(await page.locator('.facts-table button.sort').first().isVisible()).toBe(false);
      expect(await page.locator('.facts-table thead .plain').first().isVisible()).toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it('makes each row a card on a phone, the sort buttons still in reach', async () => {
    const { page } = await visit('/facts/', { viewport: VIEWPORTS.phone });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: /Facts on this site/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await page.getByRole('button', { name: 'Figure' }).isVisible()).toBe(true);
    // The sort buttons sit side by side, a bar above the cards.
    const tops = await page
      .locator('.facts-table button.sort')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops[0]).toBe(tops[1]);
    const cell = page.locator('.facts-table tbody tr').first().locator('td').first();
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Figure"');
  });

  it('prints as a table of every row, without its controls, at any screen width', async () => {
    const { page } = await visit('/facts/?corridor=rail', { viewport: VIEWPORTS.phone });
    await status(page)
      .filter({ hasText: `${railFacts.length} of ${total} facts` })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['form', '.status', '.url-notice', 'button.sort'])
      await expect
        .poll(() => page.locator(`facts-explorer ${selector}`).first().isVisible(), { message: selector })
        .toBe(false);
    expect(await page.locator('.facts-table thead .plain').first().isVisible()).toBe(true);
    const rows = page.locator('.facts-table tbody tr');
    expect(await rows.first().evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    // A fact's name prints its page's address; its corridor and source links do not.
    expect(
      await rows
        .first()
        .locator('th a')
        .evaluate((a) => getComputedStyle(a, '::after').content),
    ).toContain('/facts/');
    expect(
      await rows
        .first()
        .locator('td a')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content),
    ).toBe('none');
  });

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    it.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])(
      'has no WCAG 2.2 AA violation on a %s, filtered, sorted and with a notice',
      async (viewport) => {
        const { page, problems } = await visit('/facts/?corridor=rail&sort=fact-asc&country=Atlantis', {
          colorScheme,
          viewport: VIEWPORTS[viewport],
        });
        await page.locator('facts-explorer .url-notice').waitFor();
        await status(page).filter({ hasText: 'by name, A to Z' }).waitFor();
        await page.locator('#facts-q').focus();
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      },
    );
  });
});

describe('the search page', () => {
  it('reports a filter value it does not know, as typed, and searches with the rest', async () => {
    const { page } = await visit('/search/?q=khorgos&corridor=%3Cb%3Ex%3C%2Fb%3E&corridor=rail');
    const notice = page.locator('search-page .url-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Unknown corridor ‘<b>x</b>’ ignored.');
    expect(await notice.locator('b').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Rail' }).isChecked()).toBe(true);
    await page.locator('search-page .status').filter({ hasText: 'with these filters' }).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=khorgos&corridor=rail');
  });
});
