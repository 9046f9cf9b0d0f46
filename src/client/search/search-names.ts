/**
 * Search by places' names in other languages, loaded by search-engine.ts only when a query needs it:
 * the faces that draw a query in Chinese characters or Cyrillic, and a query found nowhere whole
 * searched again with the places' English names.
 */
import { queryInPlaceNames } from '@/lib/search/place-names-query.ts';
import { toPagefindFilters, toResultItem, type PagefindResultData } from '@/lib/search/search-results.ts';
import { foldText } from '@/lib/text/fold.ts';
import { needsNameFonts } from '@/lib/text/name-fonts.ts';
import nameFontStyles from '@/styles/name-fonts.css?url';
import type { Pagefind, PagefindResult } from './search-engine.ts';

/**
 * A query in Chinese characters or Cyrillic (a place's name: its record carries them all) is drawn
 * in the faces the site ships, linked at the first such query, so that no page and no other search
 * pays for them (src/styles/name-fonts.css). Results show a place's English spellings only.
 */
export function linkNameFonts(query: string): void {
  if (!needsNameFonts([query])) return;
  if (document.querySelector(`link[href="${nameFontStyles}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = nameFontStyles;
  document.head.append(link);
}

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
