import type { AstroIntegration } from 'astro';

/**
 * Where `npm start` serves a build (`astro preview --host 127.0.0.1 --port 4321`). A build made
 * without SITE_URL uses it, so its canonical, Open Graph, citation, sitemap and CSV addresses
 * work where that build is served, rather than pointing at a placeholder domain.
 */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

/** The address the site is published at: `SITE_URL`, or the local preview. */
export function resolveSiteUrl(env: Readonly<Record<string, string | undefined>>): string {
  const value = env['SITE_URL']?.trim();
  if (!value) return PREVIEW_ORIGIN;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address, not ${value}`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** Says once per build which address the absolute links use, and how to change it. */
export function siteUrlIntegration(env: Readonly<Record<string, string | undefined>>): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (env['SITE_URL']?.trim()) logger.info(`Absolute addresses use SITE_URL=${resolveSiteUrl(env)}`);
        else
          logger.warn(
            `SITE_URL is not set: absolute addresses point at the local preview, ${PREVIEW_ORIGIN}/. Set SITE_URL=https://your.domain to build for where the site is published.`,
          );
      },
    },
  };
}
