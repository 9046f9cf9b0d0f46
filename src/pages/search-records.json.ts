import type { APIRoute } from 'astro';
import { getSearchedPages, getSearchRecords } from '@/data/search.ts';
import type { SearchInput } from '@/lib/search/search-records.ts';
import { jsonListBody } from '@/lib/site/json-body.ts';

/**
 * What the search index step of `npm run build` (`src/lib/search/search-index.ts`) indexes after Astro's
 * build: the pages it reads (and no other of the thousands built) and the fact, place and paragraph
 * records. It reads this file and then removes it. Written record by record (`jsonListBody`), never as
 * one string.
 */
export const GET: APIRoute = async () => {
  const pages: SearchInput['pages'] = [...(await getSearchedPages('/'))];
  const records: SearchInput['records'] = await getSearchRecords();
  return new Response(jsonListBody({ pages }, 'records', records));
};
