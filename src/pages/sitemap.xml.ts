import type { APIRoute } from 'astro';
import { getCorridors, getSources } from '@/data/content';
import { corridorPath, sourcePath, withBase } from '@/lib/links';

/** Every page a reader or a search engine should find; the 404 page is left out. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const paths = [
    withBase(base),
    ...(await getCorridors()).map((c) => corridorPath(base, c.id)),
    ...(await getSources()).map((s) => sourcePath(base, s.id)),
    withBase(base, 'search/'),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml' },
    },
  );
};
