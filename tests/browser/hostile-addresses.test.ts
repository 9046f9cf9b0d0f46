/**
 * Addresses nobody here wrote: malformed percent-encoding, very long values, HTML and `javascript:` in
 * every parameter the site reads and in the #fragment, on every kind of page that reads them. None
 * may throw, inject anything or leave the page unusable (issue 19).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { explorerParams, type ExplorerData } from '@/lib/explorer/facts-explorer.ts';
import { HIGHLIGHT_PARAM, MAX_QUERY_LENGTH } from '@/lib/search/search-results.ts';
import { searchParams } from '@/lib/search/search-state.ts';
import type { UrlParam } from '@/lib/site/url-filters.ts';
import { browserForTests, openTab, pageSettled, type Tab } from '../support/browser.ts';

const browser = browserForTests();

/** 6,000 characters of distinct words, each a term a highlight would look for. */
const LONG = Array.from({ length: 1000 }, (_, i) => `w${String(i).padStart(4, '0')}`)
  .join(' ')
  .padEnd(6000, 'x');

/**
 * Values as they stand in the address, short enough for one address to carry each in every parameter
 * at once: bad UTF-8 as written (a surrogate's encoding, a byte no UTF-8 has and a % ending the
 * value; a lone %; a cut-off sequence), then markup and a `javascript:` URL, percent-encoded.
 */
const SHORT = [
  '%ED%A0%80%FF%',
  '%',
  '%E0%A4%A',
  encodeURIComponent(
    `"'><script data-hostile>alert(1)</script><img src=x data-hostile onerror=alert(2)><hostile-element onmouseover=alert(3)>`,
  ),
  encodeURIComponent('javascript:alert(4)'),
];

/** Every parameter the site reads beside `highlight`, and one of each kind, which the same code reads alike. */
function readBy(params: UrlParam[]): { params: string[]; oneOfEachKind: string[] } {
  const kinds = new Map(params.map((param) => [param.kind, param.name]));
  return {
    params: [HIGHLIGHT_PARAM, ...params.map((param) => param.name)],
    oneOfEachKind: [HIGHLIGHT_PARAM, ...new Set(kinds.values())],
  };
}

const ONLY_HIGHLIGHT = readBy([]);

const PAGES: {
  kind: string;
  path: string;
  reads: { params: string[]; oneOfEachKind: string[] };
  /** Waits until the page has answered the address, and uses what it offers. */
  ready?: (page: Page) => Promise<void>;
}[] = [
  { kind: 'home', path: '/', reads: ONLY_HIGHLIGHT },
  { kind: 'corridor', path: '/corridors/rail/', reads: ONLY_HIGHLIGHT, ready: tocReady },
  { kind: 'fact', path: '/facts/rail-khorgos-trains/', reads: ONLY_HIGHLIGHT },
  { kind: 'place', path: '/places/khorgos/', reads: ONLY_HIGHLIGHT },
  { kind: 'source', path: '/sources/xian-summit-corridors/', reads: ONLY_HIGHLIGHT, ready: tocReady },
  { kind: 'facts explorer', path: '/facts/', reads: readBy(explorerParams()), ready: explorerFilters },
  { kind: 'search', path: '/search/', reads: readBy(searchParams()), ready: searchPageSearches },
];

/**
 * Each short value in every parameter and the fragment at once; the long one in the fragment and in
 * one parameter of each kind, one at a time, as hosts refuse an address much over 8 KB.
 */
function addresses(path: string, reads: (typeof PAGES)[number]['reads']): { short: string[]; long: string[] } {
  const long = encodeURIComponent(LONG);
  return {
    short: SHORT.map((value) => `${path}?${reads.params.map((name) => `${name}=${value}`).join('&')}#${value}`),
    long: [...reads.oneOfEachKind.map((name) => `${path}?${name}=${long}`), `${path}#${long}`],
  };
}

/** The table of contents ran to the end: it marks the section being read (none, at the top). */
async function tocReady(page: Page): Promise<void> {
  await page.locator('table-of-contents[data-current]').waitFor({ state: 'attached' });
}

const explorerData = JSON.parse(readFileSync(join(inject('distDir'), 'facts/explorer.json'), 'utf8')) as ExplorerData;
const rail = explorerData.corridors.findIndex((corridor) => corridor.id === 'rail');
const railFacts = explorerData.facts.filter((fact) => fact.corridor === rail).length;

/** Whatever the address asked for, the explorer still filters: no words, the rail corridor. */
async function explorerFilters(page: Page): Promise<void> {
  await page.locator('#facts-q').fill('');
  await page.locator('#facts-corridor').selectOption('rail');
  await page
    .locator('facts-explorer .status')
    .filter({ hasText: `${railFacts} of ${explorerData.facts.length} facts` })
    .waitFor();
}

/** The search page answered the address, then answers a search of its own. */
async function searchPageSearches(page: Page): Promise<void> {
  const status = page.locator('search-page .status');
  await status.filter({ hasText: /result|Type a word/ }).waitFor();
  await page.locator('#search-page-input').fill('khorgos');
  await status.filter({ hasText: /\d+ results? for “khorgos”/ }).waitFor();
}

/** Elements and attributes a payload would bring: its tags and markers, event handlers, `javascript:` URLs. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      if (element.localName.startsWith('hostile')) found.push(`<${element.localName}>`);
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on') || name.startsWith('data-hostile')) found.push(`<${element.localName} ${name}>`);
        if (/^\s*javascript:/i.test(value)) found.push(`<${element.localName} ${name}="${value}">`);
      }
    }
    return found;
  });
}

/** Loads `address` afresh (not as a jump within the page), waits until the page is done with it, and checks it. */
async function visit({ page, problems }: Tab, address: string, ready?: (page: Page) => Promise<void>) {
  const label = address.length > 120 ? `${address.slice(0, 120)}…` : address;
  const target = new URL(address, inject('baseUrl')).href;
  // An address that differs from the page's own in its fragment alone is a jump within the page, not a load.
  if (page.url().split('#')[0] === target.split('#')[0]) await page.goto('about:blank');
  await page.goto(target, { waitUntil: 'load' });
  // Requests the last page still had going when it was left are not this address's doing.
  for (let i = problems.length - 1; i >= 0; i--) if (problems[i]?.endsWith('net::ERR_ABORTED')) problems.splice(i, 1);
  // What the page's scripts threw as it loaded, before waiting on what they would have done.
  expect(problems, label).toEqual([]);
  if (new URL(address, 'http://x').searchParams.has(HIGHLIGHT_PARAM))
    await page.waitForFunction(() => document.documentElement.dataset['highlighted'] !== undefined);
  await ready?.(page);
  await pageSettled(page);
  expect(problems, label).toEqual([]);
  expect(await injected(page), label).toEqual([]);
  expect(await page.locator('main h1').isVisible(), label).toBe(true);
}

/** The search dialog opens from the keyboard, and closes. */
async function dialogOpens(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Search the site' });
  await page.keyboard.press('Control+k');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

describe('hostile addresses', () => {
  // Every address is a load of its own (see `visit`) and leaves nothing behind but the page: one
  // context for them all, a reader following one hostile link after another.
  let opened: Tab;
  beforeAll(async () => {
    opened = await openTab(browser());
    const { page, problems } = opened;
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await opened.close();
  });
  beforeEach(() => {
    // What went wrong before this test is that test's to report.
    opened.problems.length = 0;
  });

  it.each(PAGES)('$kind page: no error, nothing injected, still usable', async ({ path, reads, ready }) => {
    const { page, problems } = opened;
    const { short, long } = addresses(path, reads);
    for (const address of short) {
      await visit(opened, address, ready);
      // The search page has no dialog: its own search is what `ready` uses.
      if (path !== '/search/') await dialogOpens(page);
    }
    for (const address of long) await visit(opened, address, ready);
    // A jump within the page to a hostile fragment, as a link on it or a script could make.
    for (const hash of SHORT) {
      await page.evaluate(
        (hash) =>
          new Promise<void>((resolve) => {
            window.addEventListener('hashchange', () => resolve(), { once: true });
            location.hash = hash;
          }),
        hash,
      );
      await pageSettled(page);
      expect(problems, `#${hash}`).toEqual([]);
    }
  });

  it('highlights only the terms of a long highlight that a search would read, its first characters', async () => {
    const { page } = opened;
    const marked = async (value: string) => {
      await visit(opened, `/sources/xian-summit-corridors/?${HIGHLIGHT_PARAM}=${encodeURIComponent(value)}`);
      return Number(await page.evaluate(() => document.documentElement.dataset['highlighted']));
    };
    const filler = 'zq '.repeat(MAX_QUERY_LENGTH);
    expect(await marked(`khorgos ${filler}`)).toBeGreaterThan(0);
    expect(await marked(`${filler}khorgos`)).toBe(0);
  });
});
