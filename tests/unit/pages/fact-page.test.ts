import { describe, expect, it, vi } from 'vitest';
import { countriesNote, factTrail } from '@/lib/pages/fact-page.ts';

/** The fact page's route data on the fixture content, parsed through the real schemas. */
vi.mock('astro:content', () => import('./fixture-collections.ts'));

const site = new URL('https://example.org');

async function pageOf(id: string) {
  const { getFact } = await import('@/data/content.ts');
  const { factPage } = await import('@/data/pages/fact.ts');
  return factPage(await getFact(id), site);
}

describe('factTrail', () => {
  it('leads up from a corridor fact to the facts explorer and its corridor', () => {
    expect(factTrail('/sub/', { id: 'rail', shortTitle: 'Rail' })).toEqual([
      { name: 'Facts', href: '/sub/facts/' },
      { name: 'Rail corridor', href: '/sub/corridors/rail/' },
    ]);
  });

  it('leads a fact of no corridor to the summit section of the home page', () => {
    expect(factTrail('/', undefined)[1]).toEqual({ name: 'The summit', href: '/#summit' });
  });
});

describe('countriesNote', () => {
  it('names the passage and the places as where the countries come from', () => {
    expect(countriesNote({ quoted: true, places: 2, countries: 1 })).toBe(
      'The countries are those the passage names and those of the places. A place’s region and country are public context unless its page quotes the source for them.',
    );
  });

  it('says nothing of places for a fact about none', () => {
    expect(countriesNote({ quoted: true, places: 0, countries: 5 })).toBe('The countries are those the passage names.');
  });

  it('is left out when the page lists neither places nor countries', () => {
    expect(countriesNote({ quoted: true, places: 0, countries: 0 })).toBeUndefined();
  });
});

describe('factPage', () => {
  it('gives a quoted fact its passage, its paragraph link and its place', async () => {
    const page = await pageOf('trains');
    expect(page.kind).toBe('Quoted');
    expect(page.mode).toBe('rail');
    expect(page.quoted?.split.passage).toBe('2129 trains crossed Alashankou');
    expect(page.source.paragraphs).toEqual([{ href: '/sources/article/#p2', text: 'paragraph 2' }]);
    expect(page.places).toEqual([{ name: 'Alashankou', href: '/places/alashankou/', where: 'China' }]);
    expect(page.context).toEqual({ term: 'Corridor', name: 'Rail', href: '/corridors/rail/' });
    expect(page.derivedInto.map((d) => d.label)).toEqual(['Prior']);
  });

  it('gives a derived fact its equation and inputs, and says in its description that it is derived', async () => {
    const page = await pageOf('prior');
    expect(page.kind).toBe('Derived');
    expect(page.quoted).toBeUndefined();
    expect(page.derivation?.inputs.map((i) => [i.label, i.figure])).toEqual([
      ['Trains', '2,129 trains'],
      ['Growth', '12.82%'],
    ]);
    expect(page.description).toMatch(/Derived from the source’s figures\.$/);
  });

  it('writes structured data with absolute URLs: the page, its breadcrumb and the downloads', async () => {
    const page = await pageOf('trains');
    const [webPage, dataset] = page.jsonLd as [Record<string, unknown>, Record<string, unknown>];
    expect(webPage['url']).toBe('https://example.org/facts/trains/');
    expect(JSON.stringify(webPage['breadcrumb'])).toContain('https://example.org/corridors/rail/');
    expect(JSON.stringify(dataset['isPartOf'])).toContain('https://example.org/data/facts.csv');
  });
});
