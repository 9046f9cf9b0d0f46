import type { APIRoute } from 'astro';
import { getSearchedPages, getSearchRecords } from '@/data/search.ts';
import type { SearchInput } from '@/lib/search/search-records.ts';

/**
 * What the search index step of `npm run build` (`src/lib/search/search-index.ts`) indexes after Astro's
 * build: the pages it reads (and no other of the thousands built) and the fact, place and paragraph
 * records. It reads this file and then removes it.
 */
export const GET: APIRoute = async () => {
  const input: SearchInput = { pages: [...(await getSearchedPages('/'))], records: await getSearchRecords() };
  return new Response(JSON.stringify(input));
};
