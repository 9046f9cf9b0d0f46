import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts, getFacts } from '@/data/content.ts';
import { embedOf } from '@/data/pages/embed.ts';
import { embedOembed } from '@/data/pages/oembed.ts';
import type { EmbedKind } from '@/lib/site/embeds.ts';

/** The oEmbed document of each fact's and chart's embed, beside it (`oembedPath`), which fact and chart pages link. */
export const getStaticPaths = (async () => [
  ...(await getFacts()).map((fact) => ({ params: { kind: 'facts', id: fact.id } })),
  ...(await getCharts()).map((chart) => ({ params: { kind: 'charts', id: chart.id } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const embed = await embedOf(params['kind'] as EmbedKind, params['id'] ?? '', site);
  return new Response(JSON.stringify(await embedOembed(embed, site)), {
    headers: { 'content-type': 'application/json+oembed' },
  });
};
