import { existsSync } from 'node:fs';
import { fileOf, readPage } from '../../tools/site.ts';

/**
 * Follows every internal link, stylesheet, script and image of a built site
 * published under `base`, and returns each one that does not resolve: a file
 * that is missing, a path outside the base, or a #fragment with no element.
 */
export function brokenLinks(distDir: string, base: string, path: string): string[] {
  const broken: string[] = [];
  const page = readPage(distDir, path);
  const pageUrl = new URL(`${base}${path.slice(1)}`, 'http://site.test');
  for (const element of page.querySelectorAll('a[href], link[href], script[src], img[src], use[href]')) {
    const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
    const url = new URL(raw, pageUrl);
    if (url.host !== 'site.test') continue;
    if (!url.pathname.startsWith(base)) {
      broken.push(`${raw} (outside ${base})`);
      continue;
    }
    const local = `/${url.pathname.slice(base.length)}`;
    if (!existsSync(fileOf(distDir, local))) {
      broken.push(`${raw} (no file)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment === '') continue;
    const target = local === path ? page : readPage(distDir, local);
    if (target.getElementById(fragment) === null) broken.push(`${raw} (no element with id "${fragment}")`);
  }
  return broken;
}
