import { describe, expect, it } from 'vitest';
import {
  HOST_FLAGS,
  PREVIEW_ORIGIN,
  isPreviewSite,
  resolveSiteAddress,
  siteAddressNotice,
} from '@/integrations/site-url.ts';

/** Each host's build environment as its documentation describes it (values are examples). */
const NETLIFY = {
  NETLIFY: 'true',
  URL: 'https://corridors.example.org',
  DEPLOY_URL: 'https://5d4aeac2ccabf517d2f219b7--corridors.netlify.app',
  DEPLOY_PRIME_URL: 'https://deploy-preview-12--corridors.netlify.app',
};
const VERCEL = {
  VERCEL: '1',
  VERCEL_URL: 'corridors-abc123-team.vercel.app',
  VERCEL_BRANCH_URL: 'corridors-git-fix-team.vercel.app',
  VERCEL_PROJECT_PRODUCTION_URL: 'corridors.example.org',
};
const CLOUDFLARE = { CF_PAGES: '1', CF_PAGES_BRANCH: 'main', CF_PAGES_URL: 'https://fc81d0b6.corridors.pages.dev' };
const GITHUB = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'Atlas-Org/corridors-site',
  GITHUB_REPOSITORY_OWNER: 'Atlas-Org',
};
const address = (env: Record<string, string>) => {
  const { site, base, published } = resolveSiteAddress(env);
  return { site, base, published };
};

describe('the address a build writes into its absolute links', () => {
  it('is the local preview’s when neither SITE_URL nor a host gives one, so a local build has no placeholder address', () => {
    expect(address({})).toEqual({ site: 'http://127.0.0.1:4321', base: '/', published: false });
    expect(address({ SITE_URL: '  ' })).toEqual({ site: PREVIEW_ORIGIN, base: '/', published: false });
    expect(address({ SITE_BASE: '/corridors-site/' })).toEqual({
      site: PREVIEW_ORIGIN,
      base: '/corridors-site/',
      published: false,
    });
  });

  it('is SITE_URL when set, without a trailing slash, under SITE_BASE', () => {
    expect(address({ SITE_URL: 'https://example.org/' })).toEqual({
      site: 'https://example.org',
      base: '/',
      published: true,
    });
    expect(address({ SITE_URL: 'https://example.org/atlas//' }).site).toBe('https://example.org/atlas');
    expect(address({ SITE_URL: 'https://example.org', SITE_BASE: '/atlas/' }).base).toBe('/atlas/');
  });

  it('refuses an address a browser could not follow, naming the variable', () => {
    expect(() => resolveSiteAddress({ SITE_URL: 'ftp://example.org' })).toThrow('SITE_URL must be an http(s) address');
    expect(() => resolveSiteAddress({ SITE_URL: 'example.org' })).toThrow('SITE_URL must be an http(s) address');
    expect(() => resolveSiteAddress({ ...NETLIFY, CONTEXT: 'production', URL: 'corridors' })).toThrow(
      'URL must be an http(s) address',
    );
  });

  describe('on Netlify', () => {
    it('is the site’s main address, URL, in the production context', () => {
      expect(address({ ...NETLIFY, CONTEXT: 'production' })).toEqual({
        site: 'https://corridors.example.org',
        base: '/',
        published: true,
      });
    });

    it('is the deploy’s own address, DEPLOY_PRIME_URL, for deploy previews and branch deploys', () => {
      expect(address({ ...NETLIFY, CONTEXT: 'deploy-preview' }).site).toBe(
        'https://deploy-preview-12--corridors.netlify.app',
      );
      expect(
        address({ ...NETLIFY, CONTEXT: 'branch-deploy', DEPLOY_PRIME_URL: 'https://fix--corridors.netlify.app' }).site,
      ).toBe('https://fix--corridors.netlify.app');
    });

    it('is URL when a preview has no DEPLOY_PRIME_URL, and nothing of Netlify’s without NETLIFY=true', () => {
      expect(address({ NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: NETLIFY.URL }).site).toBe(NETLIFY.URL);
      expect(address({ URL: 'https://corridors.example.org', CONTEXT: 'production' }).site).toBe(PREVIEW_ORIGIN);
    });
  });

  describe('on Vercel', () => {
    it('is the production domain, VERCEL_PROJECT_PRODUCTION_URL, for a production deployment, with https added', () => {
      expect(address({ ...VERCEL, VERCEL_ENV: 'production' })).toEqual({
        site: 'https://corridors.example.org',
        base: '/',
        published: true,
      });
    });

    it('is the deployment’s own address, VERCEL_URL, for a preview, or a production build without a production domain', () => {
      expect(address({ ...VERCEL, VERCEL_ENV: 'preview' }).site).toBe('https://corridors-abc123-team.vercel.app');
      expect(address({ ...VERCEL, VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: '' }).site).toBe(
        'https://corridors-abc123-team.vercel.app',
      );
    });

    it('is the local preview’s when the system variables are not exposed (no VERCEL=1)', () => {
      expect(address({ VERCEL_URL: VERCEL.VERCEL_URL, VERCEL_ENV: 'preview' }).site).toBe(PREVIEW_ORIGIN);
    });
  });

  describe('on Cloudflare Pages', () => {
    it('is the deployment’s address, CF_PAGES_URL, in production and preview alike', () => {
      expect(address(CLOUDFLARE)).toEqual({ site: 'https://fc81d0b6.corridors.pages.dev', base: '/', published: true });
      expect(address({ ...CLOUDFLARE, CF_PAGES_BRANCH: 'fix' }).site).toBe('https://fc81d0b6.corridors.pages.dev');
    });
  });

  describe('on GitHub Actions', () => {
    it('is the repository’s GitHub Pages address, the owner in lower case, under the repository’s name', () => {
      expect(address(GITHUB)).toEqual({
        site: 'https://atlas-org.github.io',
        base: '/corridors-site/',
        published: true,
      });
    });

    it('is the root of <owner>.github.io for the repository of that name', () => {
      expect(address({ ...GITHUB, GITHUB_REPOSITORY: 'Atlas-Org/atlas-org.github.io' })).toEqual({
        site: 'https://atlas-org.github.io',
        base: '/',
        published: true,
      });
    });

    it('takes SITE_BASE over the repository’s path', () => {
      expect(address({ ...GITHUB, SITE_BASE: '/' }).base).toBe('/');
    });

    it('is not guessed on GitHub Enterprise Server, whose Pages addresses differ', () => {
      expect(address({ ...GITHUB, GITHUB_SERVER_URL: 'https://github.example.com' }).site).toBe(PREVIEW_ORIGIN);
    });
  });

  describe('when several could give it', () => {
    it('is SITE_URL over any host’s, and the host’s path is not used under it', () => {
      for (const host of [
        { ...NETLIFY, CONTEXT: 'production' },
        { ...VERCEL, VERCEL_ENV: 'production' },
        CLOUDFLARE,
        GITHUB,
      ]) {
        expect(address({ ...host, SITE_URL: 'https://corridors.example.net' })).toEqual({
          site: 'https://corridors.example.net',
          base: '/',
          published: true,
        });
      }
    });

    it('is the dedicated host’s over GitHub Actions’, which also runs builds deployed elsewhere', () => {
      expect(address({ ...GITHUB, ...CLOUDFLARE }).site).toBe(CLOUDFLARE.CF_PAGES_URL);
      expect(address({ ...GITHUB, ...VERCEL, VERCEL_ENV: 'preview' }).site).toBe(`https://${VERCEL.VERCEL_URL}`);
    });
  });

  it('names, in one line, the address used and what gave it, or how to set one', () => {
    expect(siteAddressNotice(resolveSiteAddress({ ...NETLIFY, CONTEXT: 'production' }))).toEqual({
      level: 'info',
      message: 'Absolute addresses use https://corridors.example.org/ (Netlify’s URL, production)',
    });
    const missing = siteAddressNotice(resolveSiteAddress({}));
    expect(missing.level).toBe('warn');
    expect(missing.message).not.toContain('\n');
    expect(missing.message).toMatch(/^SITE_URL is not set .*http:\/\/127\.0\.0\.1:4321\/.* Set SITE_URL=https:\/\//);
  });

  it('tells the preview’s address from a published one', () => {
    expect(isPreviewSite(new URL(PREVIEW_ORIGIN))).toBe(true);
    expect(isPreviewSite(new URL('https://corridors.example.org'))).toBe(false);
    expect(isPreviewSite(undefined)).toBe(true);
  });

  it('lists the variable that marks each host: without them, no host’s address is read', () => {
    const all: Record<string, string> = { ...NETLIFY, CONTEXT: 'production', ...VERCEL, ...CLOUDFLARE, ...GITHUB };
    expect(HOST_FLAGS.every((flag) => flag in all)).toBe(true);
    const unflagged = Object.fromEntries(
      Object.entries(all).filter(([name]) => !(HOST_FLAGS as readonly string[]).includes(name)),
    );
    expect(address(all).published).toBe(true);
    expect(address(unflagged)).toEqual({ site: PREVIEW_ORIGIN, base: '/', published: false });
  });
});
