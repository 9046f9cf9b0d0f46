import type { APIRoute } from 'astro';
import { getCardManifest } from '@/data/cards.ts';

/**
 * What the card step of `npm run build` (`src/lib/cards/publish/publish.ts`) draws or copies from its
 * cache after Astro's build: every card's file and what it shows. It reads this file and then removes it,
 * as the search step does `search-records.json`: the cards are no routes of Astro's, so a rebuild with
 * every card in the cache costs Astro nothing for them.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getCardManifest()));
