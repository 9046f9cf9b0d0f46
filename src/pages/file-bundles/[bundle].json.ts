import type { APIRoute, GetStaticPaths } from 'astro';
import { fileBundleFiles, fileBundleNames, filesAsRoutes } from '@/data/file-bundles.ts';
import { fileBundleBody } from '@/lib/site/file-bundles.ts';

/**
 * The citation files and oEmbed documents of one source, or of every chart, for the files step of
 * `npm run build` (src/lib/site/file-bundles.ts), which writes them where they are published and removes
 * these bundles: one route a source rather than four a fact, each of which Astro keeps track of until
 * its build ends. None under `astro dev`, where each file is a route of its own.
 */
export const getStaticPaths = (async () =>
  filesAsRoutes() ? [] : (await fileBundleNames()).map((bundle) => ({ params: { bundle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(fileBundleBody(await fileBundleFiles(params['bundle'] ?? '', site)));
