import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkRegistry, publishedAnchors, type AnchorRegistry } from '@/lib/site/anchors.ts';
import { readLinkAliases, registryFile } from '@/lib/site/link-aliases.ts';
import { PREVIEW_ORIGIN } from '@/integrations/site-url.ts';
import { builtAnchors } from '../../tools/built-anchors.ts';
import { brokenLinks } from '../support/crawl.ts';
import { listFiles, listPages, readPage } from '../../tools/site.ts';
import { SUB_PATH } from '../support/global-setup.ts';

/** The root build is made without SITE_URL (addresses of the local preview); the other for where it is served. */
const builds = [
  { name: 'at the root', dist: inject('distDir'), base: '/', site: PREVIEW_ORIGIN },
  { name: `under ${SUB_PATH}`, dist: inject('subDistDir'), base: SUB_PATH, site: new URL(inject('subBaseUrl')).origin },
];
const aliases = readLinkAliases(process.cwd());
const redirects = new Set(aliases.pages.map((p) => p.from));

describe.each(builds)('the site built $name', ({ dist, base, site }) => {
  const pages = listPages(dist);
  const contentPages = pages.filter((p) => !redirects.has(p));
  // The embeds are frames for other sites' pages, not pages to find or share (tests/build/embeds.test.ts).
  const sitePages = contentPages.filter((p) => !p.startsWith('/embed/'));

  it.each(pages)('%s: every internal link and #fragment resolves', (path) => {
    expect(brokenLinks(dist, base, path)).toEqual([]);
  });

  it.each(sitePages)('%s: has its title, description, canonical URL, Open Graph and Twitter tags', (path) => {
    const page = readPage(dist, path);
    const meta = (selector: string) =>
      page.querySelector(selector)?.getAttribute('content') ?? page.querySelector(selector)?.getAttribute('href');
    expect(page.querySelector('title')?.textContent).toMatch(/Corridors/);
    expect(meta('meta[name="description"]')?.length).toBeGreaterThan(40);
    const url = `${site}${base}${path.slice(1)}`;
    if (path === '/404.html') {
      expect(meta('meta[name="robots"]')).toBe('noindex');
    } else {
      expect(meta('link[rel="canonical"]')).toBe(url);
      expect(meta('meta[property="og:url"]')).toBe(url);
    }
    for (const tag of ['og:title', 'og:description', 'og:type', 'og:site_name'])
      expect(meta(`meta[property="${tag}"]`), tag).toBeTruthy();
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  });

  it.each(sitePages)('%s: has JSON-LD that parses and names its type', (path) => {
    const scripts = readPage(dist, path).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).toBe(1);
    const data = [JSON.parse(scripts[0]?.textContent ?? '')].flat() as { '@context': string; '@type': string }[];
    for (const item of data) {
      expect(item['@context']).toBe('https://schema.org');
      expect(item['@type']).toMatch(/^(WebSite|WebPage|Article|Dataset|CollectionPage|Claim|Place)$/);
    }
    if (path.startsWith('/corridors/')) expect(data.map((d) => d['@type'])).toEqual(['Article', 'Dataset']);
    if (/^\/facts\/[^/]+\/$/.test(path))
      expect(data.map((d) => d['@type']).join(' ')).toMatch(/^WebPage (Dataset|Claim)$/);
    if (/^\/places\/[^/]+\/$/.test(path)) expect(data.map((d) => d['@type'])).toEqual(['Place']);
    if (path === '/places/') expect(data.map((d) => d['@type'])).toEqual(['CollectionPage']);
  });

  it('lists every page in the sitemap, and only pages that exist', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    const expected = sitePages.filter((p) => p !== '/404.html').map((p) => `${site}${base}${p.slice(1)}`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}sitemap.xml`);
  });

  it('keeps every old page address as a redirect to its new place, with a link to follow and no index', () => {
    for (const { from, to } of aliases.pages) {
      const page = readPage(dist, from);
      const target = `${base}${to.slice(1)}`;
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${target}`);
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(page.querySelector(`body a[href="${target}"]`)).not.toBeNull();
    }
  });

  it('holds no placeholder address in any file it writes', () => {
    // Pagefind's index files are gzip-compressed: read them as the browser does, unpacked.
    const text = (file: string) => {
      const bytes = readFileSync(file);
      return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
    };
    const placeholders = listFiles(dist).filter((file) => text(file).includes('corridors.example'));
    expect(placeholders).toEqual([]);
  });
});

describe('published links', () => {
  const dist = inject('distDir');
  const registry = JSON.parse(readFileSync(resolve(process.cwd(), registryFile()), 'utf8')) as AnchorRegistry;
  const check = checkRegistry(registry, builtAnchors(dist), aliases);

  it('still resolve: no published page or anchor is gone without an alias', () => {
    expect(check.missing, 'Declare an alias in src/content/links/aliases.yaml for each of these').toEqual([]);
    expect(check.brokenAliases).toEqual([]);
  });

  it('are found on every page as an HTML parser finds them', () => {
    // publishedAnchors scans start tags, cheaply enough for the build to run it on every page: here it
    // is held to the selectors it stands for, read by a parser, on every page built.
    for (const page of listPages(dist)) {
      const html = readFileSync(join(dist, page, page.endsWith('/') ? 'index.html' : ''), 'utf8');
      const parsed = parse(html)
        .querySelectorAll(
          '.heading-wrapper > h2[id], .heading-wrapper > h3[id], .heading-wrapper > h4[id], .fact[id], .para[id]',
        )
        .map((element) => element.id);
      expect(publishedAnchors(html), page).toEqual([...new Set(parsed)].sort());
    }
  });

  it('are all in the registry', () => {
    expect(
      check.added,
      'The build registers new pages and anchors (scripts/build.ts): build again, then commit the registry',
    ).toEqual([]);
  });

  it('land on the new target when an anchor has an alias, with no script', () => {
    for (const { page, from, to } of aliases.anchors) {
      const html = readPage(dist, page);
      const alias = html.getElementById(from);
      expect(alias?.classList.contains('anchor-alias'), `${page}#${from}`).toBe(true);
      // The alias element sits right before the target, so the browser scrolls to the same place.
      let next = alias?.nextElementSibling;
      while (next?.classList.contains('anchor-alias')) next = next.nextElementSibling;
      expect(next?.id, `${page}#${from}`).toBe(to);
    }
  });
});
