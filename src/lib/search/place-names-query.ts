/**
 * A query in places' names beside English words, for src/client/search/search-names.ts: a module of its
 * own so that only a search needing it fetches it, not every first search.
 */

/**
 * A query whose words are all found nowhere together, with each word that names a place put as the
 * place's own name: `Хоргос trains` → `Khorgos trains`. The records of facts name a place as the
 * source does, in English; its other names are only in its own record (they would multiply the index by
 * the facts naming each place). `placeOf` gives the place a word names, if any; undefined when no word
 * names one, or the query is a single word (then its own results are all there is).
 */
export async function queryInPlaceNames(
  query: string,
  placeOf: (word: string) => Promise<string | undefined>,
): Promise<string | undefined> {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const names = await Promise.all(words.map(placeOf));
  if (names.every((name) => name === undefined)) return undefined;
  return words.map((word, i) => names[i] ?? word).join(' ');
}
