import { readdirSync, readFileSync, statSync } from 'node:fs';
import ogs from 'open-graph-scraper';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cardPath, chartPagePath } from '@/lib/site/links.ts';
import { SUB_PATH } from '../support/global-setup.ts';
import { BUDGETS } from '../../tools/budgets.ts';
import { fileOf, listContentPages, readAuthoredCharts, readAuthoredFacts, readPage } from '../../tools/site.ts';

const builds = [
  { name: 'at the root', dist: inject('distDir'), base: '/', log: inject('buildLogs')[0] ?? '' },
  { name: `under ${SUB_PATH}`, dist: inject('subDistDir'), base: SUB_PATH, log: inject('buildLogs')[1] ?? '' },
];

/** A PNG's width and height, from its IHDR chunk, which the format puts first. */
function pngSize(file: string): { width: number; height: number; png: boolean } {
  const bytes = readFileSync(file);
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { png, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What a page's head says of its card. */
function cardMeta(dist: string, page: string) {
  const head = readPage(dist, page).querySelector('head');
  const meta = (key: string) =>
    head?.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
    head?.querySelector(`meta[name="${key}"]`)?.getAttribute('content');
  return {
    image: meta('og:image') ?? '',
    width: meta('og:image:width'),
    height: meta('og:image:height'),
    alt: meta('og:image:alt') ?? '',
    twitter: meta('twitter:card'),
  };
}

describe.each(builds)('social cards, $name', ({ dist, base, log }) => {
  // An embed (/embed/…) is a document for another site's iframe, not a link people share: it names no
  // card, and its oEmbed document gives its page's card as its thumbnail (tests/build/embeds.test.ts).
  const pages = listContentPages(dist).filter((page) => !page.startsWith('/embed/'));
  const own = (page: string) => cardPath(base, `${base}${page.slice(1)}`);

  it('names on every page a card that exists, is a 1200 × 630 PNG and is within the budget', () => {
    expect(pages.length).toBeGreaterThan(40);
    const sizes = new Map<string, number>();
    for (const page of pages) {
      const meta = cardMeta(dist, page);
      const url = new URL(meta.image);
      expect(url.pathname, page).toMatch(new RegExp(`^${base}cards/.+\\.png$`));
      const file = fileOf(dist, `/${url.pathname.slice(base.length)}`);
      const size = pngSize(file);
      expect(size, page).toEqual({ png: true, width: 1200, height: 630 });
      expect([meta.width, meta.height, meta.twitter], page).toEqual(['1200', '630', 'summary_large_image']);
      expect(meta.alt.length, page).toBeGreaterThan(10);
      // A year on a card is public context (the article says “this year”): its words end by saying so.
      if (/\b20\d\d\b/.test(meta.alt)) expect(meta.alt, page).toMatch(/public context\)?\.$/);
      sizes.set(file, statSync(file).size);
    }
    for (const [file, bytes] of sizes) expect(bytes, file).toBeLessThanOrEqual(BUDGETS.card);
  });

  it('gives each fact, chart and page type a card of its own, and a list’s later pages and the 404 page their type’s', () => {
    for (const page of ['/', '/corridors/rail/', '/places/khorgos/', '/sources/', '/places/', '/facts/', '/search/']) {
      expect(new URL(cardMeta(dist, page).image).pathname, page).toBe(own(page));
    }
    for (const fact of readAuthoredFacts()) {
      const page = `/facts/${fact.id}/`;
      expect(new URL(cardMeta(dist, page).image).pathname, page).toBe(own(page));
    }
    for (const page of pages.filter((p) => /^\/(facts|sources)\/page\/\d+\/$/.test(p))) {
      expect(new URL(cardMeta(dist, page).image).pathname, page).toBe(own(page.replace(/page\/\d+\/$/, '')));
    }
    expect(new URL(cardMeta(dist, '/404.html').image).pathname).toBe(cardPath(base, base));
    // A chart's card, drawn from the chart's entry, named by its page.
    for (const chart of readAuthoredCharts()) {
      const card = cardPath(base, chartPagePath(base, chart.id));
      expect(pngSize(fileOf(dist, `/${card.slice(base.length)}`)), chart.id).toMatchObject({
        width: 1200,
        height: 630,
      });
      const page = `/charts/${chart.id}/`;
      expect(new URL(cardMeta(dist, page).image).pathname, page).toBe(card);
    }
  });

  it('says in words what a fact’s card shows: its figure, label, period, statement, note, kind, source and the year’s basis', () => {
    expect(cardMeta(dist, '/facts/intermodal-kazakhstan-share/').alt).toMatch(
      /^more than 80%: Kazakhstan’s .+ \(when the article was written\)\. More than 80% .+\. The sentence can be read two ways: .+\. Quoted from \[China and Central Asia .+\]\.$/,
    );
    expect(cardMeta(dist, '/facts/rail-alashankou-trains/').alt).toMatch(
      /^2,129 trains: .+ \(January–April 2023\)\. 2,129 inbound and outbound China–Europe \(Central Asia\) trains passed through the Alashankou railway port/,
    );
    expect(cardMeta(dist, '/facts/rail-khorgos-trains-prior/').alt).toMatch(/^about 2,165 trains: .+\. Derived from /);
  });

  it('says in words which of a place’s fields are public context, and a chart’s title and period as sentences', () => {
    expect(cardMeta(dist, '/places/urumqi/').alt).toMatch(
      /^Ürümqi \(city in Xinjiang, China\), marked on a locator map\. .*map position: public context; the position is approximate\.$/,
    );
    expect(cardMeta(dist, '/charts/rail-trains-by-port/').alt).toMatch(
      /^Chart: [^,]+\. [A-Z].+\. 2022 and 2023: public context\.$/,
    ); // A corridor's card: its name as the word over the title, one colon in its words.
    expect(cardMeta(dist, '/corridors/rail/').alt).toBe('Rail corridor: China–Europe trains in Xinjiang.');
  });

  it('says in the build log how many cards it drew and how many came from the cache', () => {
    const line = /cards: (\d+) drawn, (\d+) from the cache; [\d.]+ MB/.exec(log);
    expect(line).not.toBeNull();
    const cards = readdirSync(join(dist, 'cards'), { recursive: true }).filter((f) => String(f).endsWith('.png'));
    expect(Number(line?.[1]) + Number(line?.[2])).toBe(cards.length);
  });
});

describe('an unfurling library reading the served site (open-graph-scraper)', () => {
  const served = inject('subBaseUrl');
  it.each([
    '',
    'corridors/air/',
    'facts/rail-khorgos-trains/',
    'places/khorgos/',
    'sources/xian-summit-corridors/',
    'facts/',
    'places/',
    'sources/',
    'search/',
  ])('finds the title, description and a card it can fetch for /%s', async (page) => {
    const { result, error } = await ogs({ url: `${served}${page}` });
    expect(error).toBe(false);
    const title = readPage(inject('subDistDir'), `/${page}`)
      .querySelector('meta[property="og:title"]')
      ?.getAttribute('content');
    expect(result.ogTitle).toBe(title);
    expect(result.twitterCard).toBe('summary_large_image');
    expect(result.ogDescription?.length).toBeGreaterThan(20);
    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(new RegExp(`^${served}cards/.+\\.png$`));
    expect([String(image?.width), String(image?.height)]).toEqual(['1200', '630']);
    const response = await fetch(image?.url ?? '');
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/png']);
  });
});
