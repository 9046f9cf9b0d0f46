import type { APIRoute } from 'astro';
import { getSearchRecords } from '@/data/content';

/**
 * The fact, place and paragraph records for the search index, read and then removed
 * by the search index step of `npm run build` (`src/build/search-index.ts`) after Astro's build.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getSearchRecords()));
