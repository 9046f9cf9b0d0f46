import type { APIRoute } from 'astro';
import { getSearchRecords } from '@/data/content';

/**
 * The fact, place and paragraph records for the search index, read and then removed
 * by the Pagefind integration (`src/integrations/pagefind.ts`) after the build.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getSearchRecords()));
