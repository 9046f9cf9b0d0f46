import { describe, expect, it } from 'vitest';
import { PREVIEW_ORIGIN, resolveSiteUrl } from '@/integrations/site-url';

describe('the address a build writes into its absolute links', () => {
  it('is the local preview’s when SITE_URL is not set, so a local build has no placeholder address', () => {
    expect(resolveSiteUrl({})).toBe('http://127.0.0.1:4321');
    expect(resolveSiteUrl({ SITE_URL: '  ' })).toBe(PREVIEW_ORIGIN);
  });

  it('is SITE_URL when set, without a trailing slash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
    expect(resolveSiteUrl({ SITE_URL: 'https://example.org/atlas//' })).toBe('https://example.org/atlas');
  });

  it('refuses an address a browser could not follow', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'ftp://example.org' })).toThrow('SITE_URL must be an http(s) address');
    expect(() => resolveSiteUrl({ SITE_URL: 'example.org' })).toThrow();
  });
});
