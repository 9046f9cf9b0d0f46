import type { AstroIntegration } from 'astro';

/**
 * Where `npm start` serves a build (`astro preview --host 127.0.0.1 --port 4321`). A build made
 * without any address uses it, so its canonical, Open Graph, citation, sitemap and CSV addresses
 * work where that build is served, rather than pointing at a placeholder domain.
 */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

type Env = Readonly<Record<string, string | undefined>>;

/** Where a build's absolute addresses point, and what said so. */
export interface SiteAddress {
  /** Astro's `site`: an http(s) origin, with SITE_URL's path when it has one, no trailing slash. */
  site: string;
  /** Astro's `base`: SITE_BASE, else the path a host serves the site under (GitHub Pages), else `/`. */
  base: string;
  /** What gave the address, for the build's log: `SITE_URL`, `Netlify's URL (production)`, … */
  from: string;
  /** Whether the address is one the site is published at; false for the local preview's. */
  published: boolean;
}

/** An http(s) address as Astro's `site`, or an error naming the variable that held something else. */
function httpAddress(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an http(s) address, not ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${name} must be an http(s) address, not ${value}`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** The variable each host sets to say a build runs on it, in the order `hostAddress` reads them. */
export const HOST_FLAGS = ['NETLIFY', 'VERCEL', 'CF_PAGES', 'GITHUB_ACTIONS'] as const;

const set = (env: Env, name: string): string | undefined => env[name]?.trim() || undefined;

/**
 * The address a host's build publishes the site at, read from the variables the host sets in its
 * build environment, or undefined when the build does not run on one of these hosts:
 *
 * - Netlify (`NETLIFY=true`): `URL`, the site's main address, for the production context;
 *   `DEPLOY_PRIME_URL`, the deploy preview's or branch deploy's own address, for any other context.
 * - Vercel (`VERCEL=1`, with system environment variables exposed, the default): for
 *   `VERCEL_ENV=production`, `VERCEL_PROJECT_PRODUCTION_URL`, the project's production domain;
 *   otherwise (or without it) `VERCEL_URL`, the deployment's own address. Both come without a scheme.
 * - Cloudflare Pages (`CF_PAGES=1`): `CF_PAGES_URL`, the address of this deployment
 *   (`https://<hash>.<project>.pages.dev`), production or preview; Pages gives no variable for the
 *   production domain, so a production build that should name it sets SITE_URL.
 * - GitHub Actions (`GITHUB_ACTIONS=true` on github.com): the GitHub Pages address of the repository,
 *   `https://<owner>.github.io/<repository>/`, or `https://<owner>.github.io/` for the repository
 *   named `<owner>.github.io`; Pages has no previews. A custom domain needs SITE_URL.
 *
 * The dedicated hosts come before GitHub Actions, which also runs builds deployed elsewhere.
 */
export function hostAddress(env: Env): Omit<SiteAddress, 'published'> | undefined {
  if (env['NETLIFY'] === 'true') {
    const name = env['CONTEXT'] !== 'production' && set(env, 'DEPLOY_PRIME_URL') ? 'DEPLOY_PRIME_URL' : 'URL';
    const value = set(env, name);
    if (value)
      return {
        site: httpAddress(name, value),
        base: '/',
        from: `Netlify’s ${name}, ${env['CONTEXT'] ?? 'no CONTEXT'}`,
      };
  }
  if (env['VERCEL'] === '1') {
    const production = env['VERCEL_ENV'] === 'production' && set(env, 'VERCEL_PROJECT_PRODUCTION_URL');
    const name = production ? 'VERCEL_PROJECT_PRODUCTION_URL' : 'VERCEL_URL';
    const host = set(env, name);
    if (host) return { site: httpAddress(name, `https://${host}`), base: '/', from: `Vercel’s ${name}` };
  }
  if (env['CF_PAGES'] === '1') {
    const value = set(env, 'CF_PAGES_URL');
    if (value) return { site: httpAddress('CF_PAGES_URL', value), base: '/', from: 'Cloudflare Pages’ CF_PAGES_URL' };
  }
  const server = set(env, 'GITHUB_SERVER_URL') ?? 'https://github.com';
  if (env['GITHUB_ACTIONS'] === 'true' && server === 'https://github.com') {
    const [owner, repository] = (set(env, 'GITHUB_REPOSITORY') ?? '').split('/');
    if (owner && repository) {
      const host = `${owner.toLowerCase()}.github.io`;
      const base = repository.toLowerCase() === host ? '/' : `/${repository}/`;
      return { site: `https://${host}`, base, from: `GitHub Pages, from GITHUB_REPOSITORY=${owner}/${repository}` };
    }
  }
  return undefined;
}

/**
 * The address the site is published at: `SITE_URL` when set (with `SITE_BASE`, or `/`); else the
 * address of the host the build runs on (`hostAddress`); else the local preview's. `SITE_BASE`, when
 * set, is the base whatever gave the address.
 */
export function resolveSiteAddress(env: Env): SiteAddress {
  const siteUrl = set(env, 'SITE_URL');
  const host = siteUrl === undefined ? hostAddress(env) : undefined;
  const found = siteUrl
    ? { site: httpAddress('SITE_URL', siteUrl), base: '/', from: 'SITE_URL' }
    : (host ?? { site: PREVIEW_ORIGIN, base: '/', from: 'the local preview' });
  return { ...found, base: set(env, 'SITE_BASE') ?? found.base, published: found.site !== PREVIEW_ORIGIN };
}

/** Whether `site` is the local preview's address: a build made without knowing where it is published. */
export function isPreviewSite(site: URL | undefined): boolean {
  return site === undefined || site.origin === PREVIEW_ORIGIN;
}

/** The one line a build prints about its address: which it used, and how to set another. */
export function siteAddressNotice(address: SiteAddress): { level: 'info' | 'warn'; message: string } {
  if (address.published)
    return { level: 'info', message: `Absolute addresses use ${address.site}${address.base} (${address.from})` };
  return {
    level: 'warn',
    message: `SITE_URL is not set and no host’s address was found: absolute addresses point at the local preview, ${PREVIEW_ORIGIN}${address.base}. Set SITE_URL=https://your.domain to build for where the site is published (README, “Deploy”).`,
  };
}

/** Says once per build which address the absolute links use, and how to change it. */
export function siteUrlIntegration(address: SiteAddress): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const { level, message } = siteAddressNotice(address);
        logger[level](message);
      },
    },
  };
}
