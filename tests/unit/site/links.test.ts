import { describe, expect, it, vi } from 'vitest';
import {
  absoluteUrl,
  cardPath,
  chartPagePath,
  citationPath,
  corridorPath,
  embedPath,
  explorerDataPath,
  factPath,
  factsListPath,
  hrefFrom,
  oembedPath,
  placePath,
  placesPath,
  paragraphPath,
  withBase,
} from '@/lib/site/links.ts';

describe('links', () => {
  it('puts every path under the base, at the root or under a sub-path', () => {
    expect(withBase('/')).toBe('/');
    expect(withBase('/sub', 'corridors/rail/')).toBe('/sub/corridors/rail/');
    expect(corridorPath('/sub/', 'air')).toBe('/sub/corridors/air/');
  });

  it('gives every place a page of its own, listed on /places/', () => {
    expect(placePath('/', 'khorgos')).toBe('/places/khorgos/');
    expect(placePath('/sub', 'khorgos')).toBe('/sub/places/khorgos/');
    expect(placesPath('/sub/')).toBe('/sub/places/');
  });

  it('links a fact to its card on the corridor page or the home page that places it, or else to its own page', () => {
    expect(factPath('/', { id: 'rail-khorgos-trains', card: 'rail' })).toBe('/corridors/rail/#rail-khorgos-trains');
    expect(factPath('/sub/', { id: 'summit-xian', card: '' })).toBe('/sub/#summit-xian');
    expect(factPath('/sub/', { id: 'synthetic-0001-p2a', card: undefined })).toBe('/sub/facts/synthetic-0001-p2a/');
  });

  it('puts the facts table’s first page at /facts/ and the others under /facts/page/', () => {
    expect(factsListPath('/', 1)).toBe('/facts/');
    expect(factsListPath('/sub/', 2)).toBe('/sub/facts/page/2/');
    expect(explorerDataPath('/sub/')).toBe('/sub/facts/explorer.json');
  });

  it('gives every chart a page, and every fact and chart an embed with its oEmbed document beside it', () => {
    expect(chartPagePath('/', 'rail-trains-by-port')).toBe('/charts/rail-trains-by-port/');
    expect(embedPath('/sub/', 'facts', 'rail-khorgos-trains')).toBe('/sub/embed/facts/rail-khorgos-trains/');
    expect(oembedPath('/', 'charts', 'rail-trains-by-port')).toBe('/embed/charts/rail-trains-by-port/oembed.json');
  });

  it('names a page’s social card by the page’s path under the base', () => {
    expect(cardPath('/', '/')).toBe('/cards/index.png');
    expect(cardPath('/', '/facts/rail-khorgos-trains/')).toBe('/cards/facts/rail-khorgos-trains.png');
    expect(cardPath('/sub/', '/sub/')).toBe('/sub/cards/index.png');
    expect(cardPath('/sub', '/sub/charts/rail-trains-by-port/')).toBe('/sub/cards/charts/rail-trains-by-port.png');
    expect(cardPath('/sub/', 'places/khorgos/')).toBe('/sub/cards/places/khorgos.png');
  });

  it('puts a citation’s downloads beside the page of what it cites', () => {
    expect(citationPath('/', 'facts', 'rail-khorgos-trains', 'ris')).toBe('/facts/rail-khorgos-trains/citation.ris');
    expect(citationPath('/sub/', 'sources', 'xian-summit-corridors', 'csl.json')).toBe(
      '/sub/sources/xian-summit-corridors/citation.csl.json',
    );
  });

  it('links a paragraph of a source by its number', () => {
    expect(paragraphPath('/', 'article', 'p5')).toBe('/sources/article/#p5');
  });

  it('writes a link into the same page as its fragment alone, and a link to another page in full', () => {
    expect(hrefFrom('/corridors/rail/', '/corridors/rail/#rail-khorgos-trains')).toBe('#rail-khorgos-trains');
    expect(hrefFrom('/sub/corridors/rail/', '/sub/corridors/rail/#khorgos')).toBe('#khorgos');
    expect(hrefFrom('/corridors/air/', '/corridors/rail/#rail-khorgos-trains')).toBe(
      '/corridors/rail/#rail-khorgos-trains',
    );
    expect(hrefFrom('/', '/sources/article/#p5')).toBe('/sources/article/#p5');
    expect(hrefFrom('/corridors/rail/', '/corridors/rail/')).toBe('/corridors/rail/');
    expect(hrefFrom('/', '#p5')).toBe('#p5');
  });
});

describe('absoluteUrl', () => {
  const sites = [
    ...['http://localhost:4321', 'https://Example.org/corridors-site/', 'https://example.org:443/a/b'],
    // Left to `new URL`: credentials, which an origin leaves out, and a scheme without an origin.
    ...['https://user:secret@example.org/', 'file:///srv/site/'],
  ].map((href) => new URL(href));
  const paths = [
    ...['/', '/corridors/rail/', '/sources/article/#p5', '/facts/?place=khorgos&corridor=rail', '/data/facts.csv'],
    ...['/x.y/z', '/a/b.', '/a/..b/', '/a/...', '/.well-known/'],
    // Left to `new URL`: segments to resolve, characters to encode, escapes, another host.
    ...['/a/./b/', '/a/../b', '/a/.', '/a/..', '/a/%2e%2e/b', '/é/', '/a b/', '/a%20b/', '//example.com/x', '/a\\b'],
  ];

  it('is the URL new URL makes of the path on the site, whatever the path', () => {
    for (const site of sites)
      for (const path of paths)
        expect(absoluteUrl(path, site), `${path} on ${site.href}`).toBe(new URL(path, site).href);
  });

  it('joins a plain path to an http(s) site without parsing it', () => {
    const site = new URL('https://example.org/');
    vi.stubGlobal(
      'URL',
      class extends URL {
        constructor(...args: ConstructorParameters<typeof URL>) {
          super(...args);
          throw new Error('parsed');
        }
      },
    );
    try {
      expect(absoluteUrl('/facts/rail-khorgos-trains/#fact', site)).toBe(
        'https://example.org/facts/rail-khorgos-trains/#fact',
      );
      expect(() => absoluteUrl('/a/../b/', site)).toThrow('parsed');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('joins a plain path to the site’s origin, not its path', () => {
    expect(absoluteUrl('/facts/rail-khorgos-trains/', new URL('https://example.org/corridors-site/'))).toBe(
      'https://example.org/facts/rail-khorgos-trains/',
    );
  });

  it('fails as new URL does without a site', () => {
    expect(() => absoluteUrl('/facts/', undefined)).toThrow(TypeError);
  });
});
