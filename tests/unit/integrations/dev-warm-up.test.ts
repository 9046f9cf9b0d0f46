import { describe, expect, it } from 'vitest';
import { localOrigin, warmUpPaths } from '@/integrations/dev-warm-up.ts';

const collections = new Map<string, Map<string, unknown>>([
  [
    'facts',
    new Map([
      ['air-new-routes', {}],
      ['rail-khorgos-trains', {}],
    ]),
  ],
  [
    'corridors',
    new Map([
      ['air', {}],
      ['rail', {}],
    ]),
  ],
]);

describe('the pages astro dev renders before it says it is ready', () => {
  it('are the first fact’s page and the first corridor’s, under the base path', () => {
    expect(warmUpPaths(collections, '/')).toEqual(['/facts/air-new-routes/', '/corridors/air/']);
    expect(warmUpPaths(collections, '/corridors-site')).toEqual([
      '/corridors-site/facts/air-new-routes/',
      '/corridors-site/corridors/air/',
    ]);
  });

  it('are none before any loader has run, and only those a collection has entries for', () => {
    expect(warmUpPaths(undefined, '/')).toEqual([]);
    expect(warmUpPaths(new Map([['corridors', new Map([['rail', {}]])]]), '/')).toEqual(['/corridors/rail/']);
  });

  it('are asked for at the address the server listens on, or localhost when it listens on every one', () => {
    expect(localOrigin({ address: '127.0.0.1', family: 'IPv4', port: 4321 })).toBe('http://127.0.0.1:4321');
    expect(localOrigin({ address: '::1', family: 'IPv6', port: 4321 })).toBe('http://[::1]:4321');
    expect(localOrigin({ address: '::', family: 'IPv6', port: 4321 })).toBe('http://localhost:4321');
    expect(localOrigin({ address: '0.0.0.0', family: 'IPv4', port: 80 })).toBe('http://localhost:80');
  });
});
