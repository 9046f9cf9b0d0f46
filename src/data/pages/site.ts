/**
 * What every page's route data needs of the site: its base path, its name and address, and absolute
 * URLs for structured data and citations (a page's links stay relative to the host).
 */
import { absoluteUrl, withBase } from '@/lib/site/links.ts';
import { siteConfig } from '@/site.config.ts';

export interface SiteUrls {
  /** The base path the site is built for, e.g. `/` or `/corridors/`. */
  base: string;
  siteName: string;
  /** The home page's absolute URL. */
  siteUrl: string;
  /** A path of the site as an absolute URL on the host it is published at. */
  absolute: (path: string) => string;
}

/** `site` is Astro's `site` setting (`Astro.site`), undefined for a build that does not know its host. */
export function siteUrls(site: URL | undefined): SiteUrls {
  const base = import.meta.env.BASE_URL;
  return {
    base,
    siteName: siteConfig.title,
    siteUrl: absoluteUrl(withBase(base), site),
    absolute: (path) => absoluteUrl(path, site),
  };
}
