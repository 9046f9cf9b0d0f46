import type { APIRoute } from 'astro';
import { getAllPlaces, getCharts, getCorridors, getFacts, getSources } from '@/data/content.ts';
import { factPageHref } from '@/data/links.ts';
import { PAGE_SIZE } from '@/lib/explorer/facts-explorer.ts';
import { pageCount } from '@/lib/site/pager.ts';
import { escapeHtml } from '@/lib/text/escape.ts';
import {
  absoluteUrl,
  chartPagePath,
  corridorPath,
  factsListPath,
  placePath,
  placesPath,
  sourcePath,
  sourcesListPath,
  withBase,
} from '@/lib/site/links.ts';
import { SOURCES_PAGE_SIZE } from '@/lib/site/sources-list.ts';

/**
 * Every page a reader or a search engine should find; the 404 page and redirects are left out.
 * Ours rather than @astrojs/sitemap: that writes sitemap-index.xml and sitemap-0.xml, while
 * /sitemap.xml is the address robots.txt, every page's <link rel="sitemap"> and search consoles
 * already have, and a static host cannot redirect it; a list this short needs no index or splitting.
 */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const paths = [
    withBase(base),
    ...(await getCorridors()).map((c) => corridorPath(base, c.id)),
    ...Array.from({ length: pageCount((await getSources()).length, SOURCES_PAGE_SIZE) }, (_, i) =>
      sourcesListPath(base, i + 1),
    ),
    ...(await getSources()).map((s) => sourcePath(base, s.id)),
    ...(await getFacts()).map((fact) => factPageHref(fact)),
    ...(await getCharts()).map((chart) => chartPagePath(base, chart.id)),
    ...Array.from({ length: pageCount((await getFacts()).length, PAGE_SIZE) }, (_, i) => factsListPath(base, i + 1)),
    placesPath(base),
    ...(await getAllPlaces()).map((p) => placePath(base, p.id)),
    withBase(base, 'search/'),
  ];
  const urls = paths.map((path) => `  <url><loc>${escapeHtml(absoluteUrl(path, site))}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml' },
    },
  );
};
