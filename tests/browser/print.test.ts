import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForTests, loadAgain, tabForTests } from '../support/browser.ts';

const browser = browserForTests();

const CORRIDORS = ['/corridors/air/', '/corridors/rail/', '/corridors/intermodal/'];
const SOURCE = '/sources/xian-summit-corridors/';
const PRINTED = ['/', ...CORRIDORS, SOURCE];

/** Screen chrome that has no use on paper: on every page, and on some. */
const CHROME: [selector: string, name: string][] = [
  ['.skip-link', 'skip link'],
  ['.site-header', 'site header'],
  ['site-search', 'search'],
  ['theme-select', 'theme control'],
];
const PAGE_CHROME: [selector: string, name: string][] = [
  ['.anchor-link', 'heading anchor links'],
  ['table-of-contents', 'table of contents'],
  ['[role="tablist"]', 'Chart/Table tabs'],
  ['.fact .permalink', 'fact links'],
  ['.fact details.cite', 'citations'],
  ['copy-button', 'copy buttons'],
];

/** Whether every element the locator matches has a box on the page (false for none). */
function allShown(locator: Locator): Promise<boolean> {
  return locator.evaluateAll(
    (elements) => elements.length > 0 && elements.every((el) => el.checkVisibility({ visibilityProperty: true })),
  );
}

/** How many elements the locator matches that are not rendered at all. */
function hiddenCount(locator: Locator): Promise<number> {
  return locator.evaluateAll((elements) => elements.filter((el) => !el.checkVisibility()).length);
}

/** What a link prints after its text: the `content` of its ::after. */
function addressOf(link: Locator): Promise<string> {
  return link.evaluate((el) => getComputedStyle(el, '::after').content);
}

/** Pixels of the canvas within 3 of an RGB colour in every channel. */
function pixelsOf(canvas: Locator, [r, g, b]: [number, number, number]): Promise<number> {
  return canvas.evaluate(
    (el: HTMLCanvasElement, [r, g, b]) => {
      const ctx = el.getContext('2d');
      if (!ctx || el.width === 0) return 0;
      const { data } = ctx.getImageData(0, 0, el.width, el.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const near = (value: number | undefined, target: number) => Math.abs((value ?? -99) - target) <= 3;
        if (near(data[i], r) && near(data[i + 1], g) && near(data[i + 2], b) && (data[i + 3] ?? 0) > 250) count += 1;
      }
      return count;
    },
    [r, g, b] as const,
  );
}

async function selectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.getByLabel('Theme').selectOption(theme);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
}

/** Draws the page's charts, as a reader scrolling down would, and waits for them. */
async function drawCharts(page: Page): Promise<void> {
  for (const chart of await page.locator('fact-chart').all()) await chart.scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('fact-chart')].every((chart) => chart.hasAttribute('data-drawn')),
  );
}

/** Page objects in a PDF, as written by Chromium (uncompressed object dictionaries). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

describe('printing', () => {
  // Reading, printing and drawing charts change nothing another page would see: one context with the
  // screen's defaults, one with the dark theme chosen on a dark system and one with the light theme
  // chosen, each test loading its pages in one of them afresh.
  const plain = tabForTests(browser);
  const dark = tabForTests(browser, { colorScheme: 'dark' });
  const light = tabForTests(browser, { colorScheme: 'light' });

  it.each(PRINTED)('%s prints without the screen’s chrome, and with its content', async (path) => {
    await loadAgain(plain(), path);
    const { page } = plain();
    const chrome = [...CHROME, ...PAGE_CHROME];
    const onScreen = await Promise.all(chrome.map(([selector]) => page.locator(selector).count()));
    await page.emulateMedia({ media: 'print' });
    for (const [i, [selector, name]] of chrome.entries()) {
      const count = onScreen[i] ?? 0;
      if (CHROME.some(([s]) => s === selector)) expect(count, `${name} on the page`).toBeGreaterThan(0);
      await expect.poll(() => hiddenCount(page.locator(selector)), { message: `${name} hidden in print` }).toBe(count);
    }
    await expect.poll(() => allShown(page.locator('main h1'))).toBe(true);
    await expect.poll(() => allShown(page.locator('main .fact, main .para').first())).toBe(true);
    await expect.poll(() => allShown(page.locator('.print-address'))).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('.print-address').isVisible()).toBe(false);
  });

  it('prints black on white at print sizes with the dark theme selected', async () => {
    await loadAgain(dark(), '/corridors/rail/');
    const { page } = dark();
    await selectTheme(page, 'dark');
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body);
      return {
        html: style('html').backgroundColor,
        body: style('body').color,
        bodySize: style('main .prose > p').fontSize,
        h1Size: style('main h1').fontSize,
        fact: style('main .fact').backgroundColor,
        factText: style('main .fact .statement').color,
        figure: style('fact-chart figure').backgroundColor,
        link: style('main .fact .meta a').color,
      };
    });
    expect(styles).toMatchObject({
      html: 'rgb(255, 255, 255)',
      body: 'rgb(0, 0, 0)',
      fact: 'rgb(255, 255, 255)',
      factText: 'rgb(0, 0, 0)',
      figure: 'rgb(255, 255, 255)',
    });
    // 11pt body text; a heading in the type scale, not the screen's width-driven size.
    expect(parseFloat(styles.bodySize)).toBeCloseTo((11 * 96) / 72, 1);
    expect(parseFloat(styles.h1Size)).toBeLessThanOrEqual((24 * 96) / 72);
    expect(styles.link).not.toBe('rgb(140, 188, 255)');
  });

  it('keeps fact cards, key figures, figures, tables and paragraphs whole, and headings with what follows', async () => {
    await loadAgain(plain(), '/corridors/rail/');
    const { page } = plain();
    await page.emulateMedia({ media: 'print' });
    const breaks = (selector: string, property: 'breakInside' | 'breakAfter') =>
      page.locator(selector).evaluateAll((els, p) => [...new Set(els.map((el) => getComputedStyle(el)[p]))], property);
    await expect.poll(() => breaks('main .fact', 'breakInside')).toEqual(['avoid']);
    await expect.poll(() => breaks('main .key-figures li', 'breakInside')).toEqual(['avoid']);
    await expect.poll(() => breaks('fact-chart figure', 'breakInside')).toEqual(['avoid']);
    await expect.poll(() => breaks('main tr', 'breakInside')).toEqual(['avoid']);
    await expect.poll(() => breaks('main .heading-wrapper', 'breakAfter')).toEqual(['avoid']);
    await expect.poll(() => breaks('main h1', 'breakAfter')).toEqual(['avoid']);
    await loadAgain(plain(), SOURCE);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.para .text')
        .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).breakInside))]),
    ).toEqual(['avoid']);
  });

  it.each(CORRIDORS)('%s prints every chart’s table, and the chart itself once drawn', async (path) => {
    await loadAgain(plain(), path);
    const { page } = plain();
    const charts = page.locator('fact-chart');
    await expect.poll(() => charts.count()).toBeGreaterThan(0);
    // As loaded: the Chart tab selected, the table hidden on screen, no canvas drawn yet.
    const first = charts.first();
    await expect.poll(() => first.getByRole('table').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => allShown(page.locator('fact-chart table'))).toBe(true);
    expect(
      await page
        .locator('fact-chart:not([data-drawn]) canvas')
        .evaluateAll((els) => els.some((el) => el.checkVisibility())),
    ).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await drawCharts(page);
    // The reader chose the Table tab: the drawn chart prints all the same.
    await first.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => first.locator('canvas').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => allShown(page.locator('fact-chart table'))).toBe(true);
    await expect.poll(() => allShown(page.locator('fact-chart canvas'))).toBe(true);
    const fits = await page.locator('fact-chart').evaluateAll((els) =>
      els.every((el) => {
        const canvas = el.querySelector('canvas')?.getBoundingClientRect();
        const figure = el.querySelector('figure')?.getBoundingClientRect();
        return canvas && figure && canvas.width > 100 && canvas.right <= figure.right;
      }),
    );
    expect(fits).toBe(true);
    // The legend's colour swatches are backgrounds, which print only when asked to.
    const swatches = await page
      .locator('fact-chart .swatch')
      .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).printColorAdjust))]);
    expect(swatches.filter((value) => value !== 'exact')).toEqual([]);
  });

  it('redraws a drawn chart in light colours for paper, and in the screen’s theme after', async () => {
    await loadAgain(dark(), '/corridors/rail/');
    const { page } = dark();
    await selectTheme(page, 'dark');
    await drawCharts(page);
    const canvas = page.locator('fact-chart canvas').first();
    const railDark: [number, number, number] = [0xf2, 0x95, 0x8a];
    const railLight: [number, number, number] = [0xa8, 0x32, 0x2a];
    await expect.poll(() => pixelsOf(canvas, railDark)).toBeGreaterThan(500);
    const cssSize = () => canvas.evaluate((el) => `${el.style.width} × ${el.style.height}`);
    const screenSize = await cssSize();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => pixelsOf(canvas, railLight)).toBeGreaterThan(500);
    await expect.poll(() => pixelsOf(canvas, railDark)).toBe(0);
    // More pixels for the printer, the same size on the page: nothing moves.
    await expect.poll(() => cssSize()).toBe(screenSize);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => pixelsOf(canvas, railDark)).toBeGreaterThan(500);
    await expect.poll(() => page.locator('fact-chart[data-printing]').count()).toBe(0);
  });

  it('prints the source passage of every fact, though its details are closed, and not the citations', async () => {
    for (const path of ['/', '/corridors/rail/']) {
      await loadAgain(plain(), path);
      const { page } = plain();
      const passages = page.locator('main .fact details:not(.cite) blockquote');
      await expect.poll(() => passages.count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('main .fact details[open]').count()).toBe(0);
      await expect.poll(() => passages.first().isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => allShown(passages)).toBe(true);
      expect(await hiddenCount(page.locator('main .fact .cite'))).toBe(await page.locator('main .fact .cite').count());
    }
  });

  it('prints the address of a link to another page, and none for a link into the page', async () => {
    await loadAgain(plain(), '/corridors/rail/');
    const { page } = plain();
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('[id="rail-khorgos-trains"]');
    expect(await addressOf(card.getByRole('link', { name: 'Source ¶5' }))).toBe(
      '" (/sources/xian-summit-corridors/#p5)"',
    );
    // A figure in the prose links to its card on this page.
    const inline = page.locator('main a.fact-value').first();
    await expect.poll(() => inline.getAttribute('href')).toMatch(/^#/);
    await expect.poll(() => addressOf(inline)).toBe('none');
    await expect.poll(() => addressOf(page.locator('main .key-figures a').first())).toBe('none');
    await expect.poll(() => addressOf(page.locator('main .formula a').first())).toBe('none');
    expect(await addressOf(page.getByRole('link', { name: 'Download CSV' }).first())).toMatch(
      /^" \(\/charts\/.+\.csv\)"$/,
    );
    // A link to another site prints its full address; one whose text is already the address can opt out.
    const external = await page.evaluate(() => {
      const make = (text: string, optOut: boolean) => {
        const a = document.createElement('a');
        a.href = 'https://example.org/report';
        a.textContent = text;
        if (optOut) a.dataset['printAddress'] = 'off';
        document.querySelector('main p')?.append(a);
        return getComputedStyle(a, '::after').content;
      };
      return [make('a report', false), make('https://example.org/report', true)];
    });
    expect(external).toEqual(['" (https://example.org/report)"', 'none']);
    await loadAgain(plain(), SOURCE);
    await page.emulateMedia({ media: 'print' });
    // The paragraph's own number prints, without an address; its facts' pages print theirs.
    const number = page.locator('[id="p5"] .para-number');
    await expect.poll(() => allShown(number)).toBe(true);
    await expect.poll(() => addressOf(number)).toBe('none');
    expect(await addressOf(page.locator('[id="p5"] .facts a').first())).toMatch(
      /^" \(\/corridors\/rail\/#rail-[a-z-]+\)"$/,
    );
    expect(await page.locator('.print-address').textContent()).toMatch(
      /^\s*Printed from https?:\/\/\S+\/sources\/xian-summit-corridors\/\. Addresses in brackets are on https?:\/\/[^/\s]+\.\s*$/,
    );
  });

  it.each([['/', 1, 6], ...CORRIDORS.map((path) => [path, 3, 12] as const), [SOURCE, 3, 10]] as const)(
    '%s prints to a PDF of %i to %i pages, the same in both themes',
    async (path, min, max) => {
      const counts: number[] = [];
      for (const [theme, opened] of [
        ['light', light()],
        ['dark', dark()],
      ] as const) {
        await loadAgain(opened, path);
        const { page, problems } = opened;
        await selectTheme(page, theme);
        await drawCharts(page);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.subarray(-1024).toString('latin1')).toContain('%%EOF');
        counts.push(pdfPages(pdf));
        expect(problems).toEqual([]);
      }
      expect(counts[0]).toBeGreaterThanOrEqual(min);
      expect(counts[0]).toBeLessThanOrEqual(max);
      expect(counts[1]).toBe(counts[0]);
    },
  );
});
