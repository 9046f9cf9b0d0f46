/**
 * Search by places' names in other languages beside English words, loaded by search-engine.ts only
 * when a query is found nowhere whole: searched again with the places' English names.
 */
import { queryInPlaceNames } from '@/lib/search/place-names-query.ts';
import { toPagefindFilters, toResultItem, type PagefindResultData } from '@/lib/search/search-results.ts';
import { foldText } from '@/lib/text/fold.ts';
import type { Pagefind, PagefindResult } from './search-engine.ts';

/**
 * For a query found nowhere whole, such as `Хоргос trains` (facts name Khorgos in English): the places
 * its words name, then the results of the query with those words as the places' names
 * (`queryInPlaceNames`). None when no word names a place.
 */
export async function inPlaceNames(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, readonly string[]>,
): Promise<PagefindResult[]> {
  const places: PagefindResult[] = [];
  const rewritten = await queryInPlaceNames(query, async (word) => {
    const [first] = (await pagefind.search(word, { filters: { kind: { any: ['place'] } } })).results;
    const data = first && ((await first.data()) as PagefindResultData & { content?: string });
    const item = data && toResultItem(data, word, {});
    // A whole word of the place's record: one of its names (its English ones in `names` too).
    const words = foldText(data?.content ?? '').split(/[^\p{L}\p{N}-]+/u);
    if (!first || !item || item.kind !== 'place' || !words.includes(foldText(word))) return undefined;
    places.push(first);
    return item.title;
  });
  if (rewritten === undefined) return [];
  const found = (await pagefind.search(rewritten, { filters: toPagefindFilters(filters) })).results;
  const kinds = filters['kind'] ?? [];
  const shown = kinds.length === 0 || kinds.includes('place') ? places : [];
  const placeIds = new Set(shown.map((place) => place.id));
  return [...shown, ...found.filter((result) => !placeIds.has(result.id))];
}
