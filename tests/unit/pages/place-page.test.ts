import { describe, expect, it, vi } from 'vitest';
import { placeDescription, placeFactsIntro, placeMentions, placeWhere } from '@/lib/pages/place-page.ts';

/** The place page's route data on the fixture content, parsed through the real schemas. */
vi.mock('astro:content', () => import('./fixture-collections.ts'));

describe('place page wording', () => {
  it('says where a place is, with its region when it has one', () => {
    expect(placeWhere({ region: 'Xinjiang', country: 'China' })).toBe('Xinjiang, China');
    expect(placeWhere({ country: 'Kazakhstan' })).toBe('Kazakhstan');
  });

  it('counts the facts in the description, one fact without a number', () => {
    expect(placeDescription('Khorgos', 'Railway port', 'Xinjiang, China', 7)).toBe(
      'Khorgos: railway port in Xinjiang, China, and the 7 facts about it.',
    );
    expect(placeDescription('Dushanbe', 'Capital', 'Tajikistan', 1)).toBe(
      'Dushanbe: capital in Tajikistan, and the fact about it.',
    );
  });

  it('names in the description the fields no source gives as public context, as it travels without the page', () => {
    expect(placeDescription('Khorgos', 'Railway port', 'Xinjiang, China', 7, ['country', 'region'])).toBe(
      'Khorgos: railway port in Xinjiang, China, and the 7 facts about it. Country and region: public context.',
    );
  });

  it('says how many facts the page lists when the explorer holds more', () => {
    expect(placeFactsIntro({ name: 'Xi’an', facts: 120, shown: 50, oneSource: true })).toBe(
      'There are 120 facts about Xi’an, in the order the article gives them; each has a page of its own. The first 50 are listed here.',
    );
    // A sentence never opens with a numeral: a count up to twenty is spelled out.
    expect(placeFactsIntro({ name: 'Xi’an', facts: 6, shown: 6, oneSource: true })).toMatch(
      /^Six facts are about Xi’an, /,
    );
    expect(placeFactsIntro({ name: 'Xi’an', facts: 0, shown: 0, oneSource: true })).toBe(
      'No fact on this site is about Xi’an.',
    );
  });

  it('says of a place no fact is about only what its corridors’ maps note of it', () => {
    const mentions = placeMentions('Ürümqi', ['named only in the “Urumqi Railway Bureau of China”.']);
    expect(mentions).toBe('Ürümqi is named only in the “Urumqi Railway Bureau of China”.');
    expect(placeFactsIntro({ name: 'Ürümqi', facts: 0, shown: 0, oneSource: true, mentions })).toBe(
      'Ürümqi is named only in the “Urumqi Railway Bureau of China”. No fact on this site is about Ürümqi.',
    );
    expect(placeDescription('Ürümqi', 'City', 'Xinjiang, China', 0, ['country'], mentions)).toBe(
      'Ürümqi: city in Xinjiang, China. Ürümqi is named only in the “Urumqi Railway Bureau of China”. Country: public context.',
    );
  });
});

// The page's locator map reads the basemap, which takes seconds the first time.
describe('placePage', () => {
  it(
    'lists the facts about the place with their kind, period and paragraph, naming the one source once',
    { timeout: 30_000 },
    async () => {
      const { getAllPlaces } = await import('@/data/content.ts');
      const { placePage } = await import('@/data/pages/place.ts');
      const [alashankou] = await getAllPlaces();
      if (alashankou === undefined) throw new Error('fixture has no place');
      const page = await placePage(alashankou, new URL('https://example.org'));
      expect(page.lede).toBe('Railway port in China.');
      expect(page.onlySource).toEqual({ title: '“Test article”', href: '/sources/article/', lead: 'Its source is' });
      expect(page.facts).toEqual([
        expect.objectContaining({
          href: '/facts/trains/',
          figure: { text: '2,129 trains', value: '2129' },
          meta: 'Quoted',
          source: 'Source',
          paragraphs: [{ href: '/sources/article/#p2', text: '¶2' }],
        }),
      ]);
      expect(page.explorer).toEqual({ href: '/facts/?place=alashankou', text: 'The facts about Alashankou' });
      expect(page.jsonLd[0]?.['url']).toBe('https://example.org/places/alashankou/');
    },
  );
});
