import type { APIRoute, GetStaticPaths } from 'astro';
import { filesAsRoutes } from '@/data/file-bundles.ts';
import { getCharts, getFacts } from '@/data/content.ts';
import { oembedFile } from '@/data/pages/oembed.ts';
import type { EmbedKind } from '@/lib/site/embeds.ts';

/**
 * The oEmbed document of each fact's and chart's embed, beside it (`oembedPath`), which fact and chart
 * pages link: a route under `astro dev`; `astro build` hands them over in bundles (src/data/file-bundles.ts).
 */
export const getStaticPaths = (async () =>
  filesAsRoutes()
    ? [
        ...(await getFacts()).map((fact) => ({ params: { kind: 'facts', id: fact.id } })),
        ...(await getCharts()).map((chart) => ({ params: { kind: 'charts', id: chart.id } })),
      ]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await oembedFile(params['kind'] as EmbedKind, params['id'] ?? '', site), {
    headers: { 'content-type': 'application/json+oembed' },
  });
