import type { APIRoute } from 'astro';
import { getExplorerData } from '@/data/explorer.ts';

/**
 * The data the facts explorer filters and sorts in the browser, fetched once on a reader's first use
 * of its controls (src/client/explorer/facts-explorer.ts). Not a download: the downloads are under /data/.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getExplorerData()), { headers: { 'content-type': 'application/json' } });
