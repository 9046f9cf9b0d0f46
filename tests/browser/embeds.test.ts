/**
 * Embeds as another site frames them: a page of a second origin (another port of 127.0.0.1, served by
 * its own static server) frames a fact's and a chart's embed in a 320 px and an 800 px column, with
 * the iframe code a reader copies from the Embed control and the parent code the README gives. Each
 * renders, reports its height so its frame needs no scrollbar, and runs with no policy violation or
 * console error; the site's other pages refuse to be framed there.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedParentScript, EMBED_HEIGHT_MESSAGE } from '@/lib/site/embeds.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { connectBrowser, openTab, type Tab } from '../support/browser.ts';

const WIDTHS = [320, 800] as const;
const site = inject('baseUrl');

let browser: Browser;
let host: StaticServer;
let hostDir: string;
/** The tab of the other site's page, kept for the file's tests. */
let tab: Tab;
/** The iframe code of each embed, copied from the site's Embed controls. */
const codes: Record<'fact' | 'chart', string> = { fact: '', chart: '' };
const violations: string[] = [];

/** Opens a page's Embed control and reads the code it offers, as a reader copies it. */
async function embedCode(page: Page, path: string): Promise<string> {
  await page.goto(`${site}${path}`);
  const control = page.locator('details.embed');
  await control.locator('summary').click();
  return (await control.locator('.embed-code p').textContent()) ?? '';
}

beforeAll(async () => {
  browser = await connectBrowser();
  hostDir = await mkdtemp(join(tmpdir(), 'corridors-host-'));
  // Another site: its own page, its own script (the README's parent code), and a record of the messages.
  await writeFile(
    join(hostDir, 'parent.js'),
    `${embedParentScript(new URL(site).origin)}\naddEventListener('message', (event) => window.received.push(event.data));\nwindow.received = [];\n`,
  );
  await writeFile(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title><link rel="icon" href="data:,"><script src="parent.js"></script></head><body>${WIDTHS.map((w) => `<div id="w${w}" style="width:${w}px"></div>`).join('')}</body></html>`,
  );
  host = await serveStatic(hostDir);
  tab = await openTab(browser, {
    viewport: { width: 900, height: 900 },
    before: async (page) => {
      await page.exposeFunction('reportViolation', (line: string) => violations.push(line));
      // In every document, the framed ones too.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportViolation: (line: string) => void }).reportViolation(
            `${location.href}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`,
          );
        });
      });
    },
  });
  codes.fact = await embedCode(tab.page, '/facts/rail-khorgos-trains/');
  codes.chart = await embedCode(tab.page, '/charts/rail-trains-by-port/');
});

afterAll(async () => {
  await tab.close();
  await browser.close();
  await host.close();
  await rm(hostDir, { recursive: true, force: true });
});

/** The frame of an iframe of the host page. */
async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No frame for ${selector}`);
  return frame;
}

/** Loads the other site's page with `html` in each column; what went wrong on the site is forgotten first. */
async function frameIn(html: (width: number) => string): Promise<Page> {
  const { page } = tab;
  await page.goto(`${host.url}/`);
  tab.problems.length = 0;
  violations.length = 0;
  await page.evaluate(
    (columns) => {
      for (const [width, markup] of columns) {
        const column = document.getElementById(`w${width}`);
        if (column) column.innerHTML = markup;
      }
    },
    WIDTHS.map((w) => [w, html(w)] as const),
  );
  return page;
}

/** The problems on the site's side: the other site's own requests are not off-site for it. */
const siteProblems = () => tab.problems.filter((p) => !p.startsWith(`off-site request: ${host.url}/`));

describe('an embed on another site', () => {
  it('renders a fact and a chart at 320 and 800 px, each frame taking the height its embed reports, with no scrollbar', async () => {
    expect(codes.fact).toMatch(
      new RegExp(`^<iframe src="${site}/embed/facts/rail-khorgos-trains/" title="Trains through Khorgos"`),
    );
    expect(codes.chart).toContain(`src="${site}/embed/charts/rail-trains-by-port/"`);
    const page = await frameIn(() => codes.fact + codes.chart);
    const heights: Record<string, number> = {};
    for (const width of WIDTHS) {
      // As a reader scrolls to them: the iframes load lazily, and a chart is drawn as it nears the viewport.
      await page.locator(`#w${width}`).scrollIntoViewIfNeeded();
      const fact = await frameOf(page, `#w${width} iframe[src*="/embed/facts/"]`);
      await fact.locator('article.fact .figure').filter({ hasText: '2,485 trains' }).waitFor();
      await page.locator(`#w${width} iframe[src*="/embed/charts/"]`).scrollIntoViewIfNeeded();
      const chart = await frameOf(page, `#w${width} iframe[src*="/embed/charts/"]`);
      await chart.locator('fact-chart[data-drawn]').waitFor();
      for (const [name, frame] of [
        ['fact', fact],
        ['chart', chart],
      ] as const) {
        const selector = `#w${width} iframe[src*="/embed/${name === 'fact' ? 'facts' : 'charts'}/"]`;
        const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        // The frame takes its content's height: nothing to scroll inside it.
        await expect
          .poll(async () => (await page.locator(selector).boundingBox())?.height ?? 0, {
            message: `${name} at ${width} px`,
          })
          .toBe(await content());
        expect(
          await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
        ).toBeLessThanOrEqual(0);
        heights[`${name}${width}`] = await content();
      }
    }
    // A narrower column wraps the text onto more lines: the heights are the embeds' own, not a fixed one.
    expect(heights['fact320']).toBeGreaterThan(heights['fact800'] ?? 0);
    const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    expect(received).toContainEqual({ type: EMBED_HEIGHT_MESSAGE, height: heights['chart800'] });
    expect(siteProblems()).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('reports its new height when the reader switches the chart to its table, in the theme the parent asks for', async () => {
    const dark = codes.chart.replace('/rail-trains-by-port/"', '/rail-trains-by-port/?theme=dark"');
    const page = await frameIn((width) => (width === 320 ? dark : ''));
    const frame = await frameOf(page, '#w320 iframe');
    await frame.locator('fact-chart[data-drawn]').waitFor();
    expect(await frame.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
    const iframe = page.locator('#w320 iframe');
    const before = (await iframe.boundingBox())?.height ?? 0;
    await frame.getByRole('tab', { name: 'Table' }).click();
    const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(await content());
    expect(await content()).not.toBe(before);
    expect(siteProblems()).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('is the only page of the site another site may frame', async () => {
    const paths = ['/facts/rail-khorgos-trains/', '/charts/rail-trains-by-port/', '/embed/facts/rail-khorgos-trains/'];
    const page = await frameIn((width) =>
      width === 320 ? paths.map((path) => `<iframe src="${site}${path}" title="${path}"></iframe>`).join('') : '',
    );
    // Chromium shows its error page in a frame whose page refuses to be framed (frame-ancestors 'none').
    const shown = async (path: string) => (await frameOf(page, `iframe[title="${path}"]`)).url();
    for (const path of paths.slice(0, 2))
      await expect.poll(() => shown(path), { message: path }).toBe('chrome-error://chromewebdata/');
    await expect
      .poll(() => shown('/embed/facts/rail-khorgos-trains/'))
      .toBe(`${site}/embed/facts/rail-khorgos-trains/`);
  });
});
