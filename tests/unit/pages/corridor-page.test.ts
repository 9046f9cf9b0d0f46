import { describe, expect, it, vi } from 'vitest';
import { corridorSearchFilters, corridorToc } from '@/lib/pages/corridor-page.ts';

/** The corridor page's route data on the fixture content, parsed through the real schemas. */
vi.mock('astro:content', () => import('./fixture-collections.ts'));

describe('corridorToc', () => {
  it('lists the sections and subsections of the MDX, then the places table', () => {
    const toc = corridorToc([
      { depth: 2, slug: 'khorgos', text: 'Khorgos' },
      { depth: 3, slug: 'trains', text: 'Trains' },
      { depth: 4, slug: 'detail', text: 'Detail' },
    ]);
    expect(toc.map((item) => `${item.depth} ${item.id}`)).toEqual(['2 khorgos', '3 trains', '2 places']);
  });
});

describe('corridorSearchFilters', () => {
  it('files the page under its corridor as a section, with the countries of its facts once each, sorted', () => {
    expect(corridorSearchFilters('rail', [{ countries: ['Kazakhstan', 'China'] }, { countries: ['China'] }])).toEqual({
      corridor: ['rail'],
      kind: ['section'],
      country: ['China', 'Kazakhstan'],
    });
  });
});

// The page's map reads the basemap, which takes seconds the first time.
describe('corridorPage', () => {
  it(
    'describes the page as an article and a dataset of the facts it shows, with its chart downloads',
    { timeout: 30_000 },
    async () => {
      const { getCorridors } = await import('@/data/content.ts');
      const { corridorPage } = await import('@/data/pages/corridor.ts');
      const [rail] = await getCorridors();
      if (rail === undefined) throw new Error('fixture has no corridor');
      const page = await corridorPage(rail, [], new URL('https://example.org'));
      expect(page.places.map((p) => p.id)).toEqual(['alashankou']);
      const [article, dataset] = page.jsonLd as [Record<string, unknown>, Record<string, unknown>];
      expect(article['url']).toBe('https://example.org/corridors/rail/');
      expect(article['about']).toEqual([{ '@type': 'Place', name: 'Alashankou' }]);
      expect(JSON.stringify(dataset['distribution'])).toContain('https://example.org/charts/trains-chart.csv');
      expect(page.toc).toEqual([{ id: 'places', text: 'Places', depth: 2 }]);
    },
  );
});
