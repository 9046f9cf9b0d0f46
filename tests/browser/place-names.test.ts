import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlaceNames } from '../../tools/place-names.ts';
import { connectBrowser, openPage, type OpenedPage } from '../support/browser.ts';

/**
 * Every place's names in other languages and scripts, typed into search: each lands on its place,
 * whole and begun (three characters; two of a Chinese name of three or more, whose characters are
 * each a syllable), and beside English words. Pagefind reads the page's language, English, and so
 * splits words at spaces and punctuation only: a Chinese name is one word of its place's record.
 */
const places = readPlaceNames();
const NAMED: [query: string, url: string][] = places.flatMap((place) =>
  place.others
    .filter((other) => other.lang.length > 0)
    .flatMap((other) => {
      const url = `/places/${place.id}/`;
      const chars = [...other.name];
      const han = /\p{Script=Han}/u.test(other.name);
      const begun = han ? chars.slice(0, 2) : chars.slice(0, 3);
      const prefix = begun.join('');
      const asked: [string, string][] = [[other.name, url]];
      if (chars.length > begun.length + (han ? 0 : 1) && !/[’']/.test(prefix)) asked.push([prefix, url]);
      return asked;
    }),
);

/** Queries mixing a name in another script with English words: the place first, then what the words find. */
const MIXED: [query: string, place: string, fact: string][] = [
  ['Хоргос trains', '/places/khorgos/', '/facts/rail-khorgos-trains/'],
  ['霍尔果斯 trains', '/places/khorgos/', '/facts/rail-khorgos-trains/'],
  ['Алашанькоу trains', '/places/alashankou/', '/facts/rail-alashankou-trains/'],
];

let browser: Browser;
// One reader on the search page searching again and again: the engine loads once, as for a reader.
let searching: OpenedPage;

beforeAll(async () => {
  browser = await connectBrowser();
  searching = await openPage(browser, '/search/');
});
afterAll(async () => {
  await searching.close();
  await browser.close();
});

/** Types `query` into the search page's box in place of what was there; the results' links, without the highlight. */
async function results(query: string): Promise<string[]> {
  const page: Page = searching.page;
  await page.locator('#search-page-input').fill(query);
  const status = page.locator('search-page .status');
  // When the answer never comes, what the page said instead and what went wrong on it say why (a
  // whole run once waited 30 s for “西安” and kept neither).
  await status
    .filter({ hasText: `for “${query}”` })
    .waitFor()
    .catch(async (error: unknown) => {
      const said = await status.textContent().catch(() => '?');
      throw new Error(`The status says “${said}”; the page's problems: ${JSON.stringify(searching.problems)}`, {
        cause: error,
      });
    });
  return page.locator('#search-page-results [role="option"]:not(.result-section)').evaluateAll((links) =>
    links.map((link) => {
      const url = new URL(link.getAttribute('href') ?? '', location.href);
      return url.pathname + url.hash;
    }),
  );
}

describe('search by the places’ names in their own languages', () => {
  it.each(NAMED)('“%s” lands on %s', async (query, url) => {
    expect((await results(query))[0]).toBe(url);
  });

  it.each(MIXED)('“%s” lands on %s, then finds %s', async (query, place, fact) => {
    const found = await results(query);
    expect(found[0]).toBe(place);
    expect(found).toContain(fact);
  });

  it('puts no place first for a word that names none (Pagefind then drops the word it does not know)', async () => {
    const found = await results('Хорхор trains');
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((url) => /^\/places\/[a-z-]+\/$/.test(url))).toEqual([]);
    expect(searching.problems).toEqual([]);
  });
});
