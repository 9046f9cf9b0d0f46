import { describe, expect, it, vi } from 'vitest';
import { opening, sourceToc } from '@/lib/pages/source-page.ts';

/** The route data of the source, sources, places and facts pages on the fixture content. */
vi.mock('astro:content', () => import('./fixture-collections.ts'));

const site = new URL('https://example.org');

describe('sourceToc', () => {
  it('lists each paragraph by its mark and first words, a sub-headline longer and in bold', () => {
    const toc = sourceToc(
      [
        { id: 'p1', n: 1, text: 'One two three four five six seven eight nine ten' },
        { id: 'p2', n: 2, text: 'One two three four five six seven' },
      ],
      ['p1'],
    );
    expect(toc).toEqual([
      { id: 'p1', text: '¶1 One two three four five six seven eight nine…', depth: 2, strong: true },
      { id: 'p2', text: '¶2 One two three four five six…', depth: 2, strong: false },
    ]);
  });

  it('keeps a short paragraph whole', () => {
    expect(opening('Short one.')).toBe('Short one.');
  });
});

// The places page's overview map reads the basemap, which takes seconds the first time.
describe('list pages', { timeout: 30_000 }, () => {
  it('gives a source page its paragraphs with the facts taken from each, in reading order', async () => {
    const { getSources } = await import('@/data/content.ts');
    const { sourcePage } = await import('@/data/pages/sources.ts');
    const [article] = await getSources();
    if (article === undefined) throw new Error('fixture has no source');
    const page = await sourcePage(article, site);
    expect(page.paragraphs.map((p) => [p.paragraph.id, p.facts.map((f) => f.id)])).toEqual([
      ['p1', []],
      // A derived fact stands under the paragraph of its inputs; each in reading order.
      ['p2', ['trains', 'growth', 'prior']],
      ['p3', ['transit-before', 'countries']],
    ]);
    expect(page.paragraphs[1]?.notes).toHaveLength(1);
  });

  it('titles the one page of sources "Sources" and describes it as a list of works', async () => {
    const { sourceListPage } = await import('@/data/pages/sources.ts');
    const list = await sourceListPage(1, site);
    expect([list.title, list.pages, list.lede]).toEqual([
      'Sources',
      1,
      'The text this site is built from. It is reproduced',
    ]);
    expect(list.jsonLd[0]?.['url']).toBe('https://example.org/sources/');
  });

  it('groups places by corridor and describes each in the structured data', async () => {
    const { placesPage } = await import('@/data/pages/lists.ts');
    const page = await placesPage(site);
    expect(page.groups.map((g) => [g.corridor.id, g.places.map((p) => p.id)])).toEqual([['rail', ['alashankou']]]);
    expect(page.others).toEqual([]);
    expect(JSON.stringify(page.jsonLd)).toContain('"description":"Railway port in China."');
  });

  it('lists the facts page’s downloads with absolute URLs', async () => {
    const { factsPage } = await import('@/data/pages/lists.ts');
    const page = await factsPage(site);
    expect(JSON.stringify(page.jsonLd)).toContain('https://example.org/data/datapackage.json');
  });
});
