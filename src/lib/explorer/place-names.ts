/**
 * The facts explorer's place filter by name: what a reader types in it, or an address's `?place=`,
 * resolved to one place by any of its names (霍尔果斯, Хоргос, Қорғас, Aşgabat, Xian), folded as the Words
 * box folds them (src/lib/text/fold.ts), whole or begun. Pure, so the build, the browser and the tests
 * resolve alike.
 *
 * Scale: at thousands of places the names are folded once into one sorted list, and a keystroke finds
 * the names it begins by binary search rather than by reading every name.
 */
import { foldText } from '../text/fold.ts';
import type { ExplorerPlace } from './facts-explorer.ts';

/**
 * A name folded for comparing names whole or by their beginning: `foldText`, then only letters and
 * digits kept, so Nur-Sultan, Nur Sultan and nursultan are one name, as are Xi’an, Xi'an and Xian.
 * Here rather than beside `foldText`, which the search dialog loads too: a module's chunk carries all
 * of its exports that any page uses, and the search's first query is budgeted to the byte.
 */
export function foldName(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The fewest letters that may name a place by its beginning, as in the site's search: two letters
 * begin too many names to mean one place. A shorter name is still found when typed whole (西安).
 */
export const MIN_PREFIX = 3;

/** Every name of every place, folded and sorted, with the place each names. */
export interface PlaceNameIndex {
  places: readonly ExplorerPlace[];
  /** Folded names, sorted by code unit, and the index in `places` of the place each names. */
  names: string[];
  owners: number[];
  /** Place ids to their indices, and the same folded to lower case (an address may write `Khorgos`). */
  ids: Map<string, number>;
}

/** What a name resolves to: one place, several (a name or beginning several places share), or none. */
export type PlaceMatch =
  { kind: 'place'; place: ExplorerPlace } | { kind: 'ambiguous'; places: ExplorerPlace[] } | { kind: 'none' };

export function placeNameIndex(places: readonly ExplorerPlace[]): PlaceNameIndex {
  const entries = places.flatMap((place, i) =>
    [place.name, ...place.altNames].map((name) => ({ name: foldName(name), owner: i })),
  );
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.owner - b.owner));
  const ids = new Map<string, number>();
  places.forEach((place, i) => ids.set(place.id.toLowerCase(), i));
  places.forEach((place, i) => ids.set(place.id, i));
  return { places, names: entries.map((e) => e.name), owners: entries.map((e) => e.owner), ids };
}

/** The first position in the sorted names not before `key`. */
function lowerBound(names: readonly string[], key: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((names[mid] ?? '') < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The places named by the entries from `start` while `keep` holds, once each, in the order of `places`. */
function owners(index: PlaceNameIndex, start: number, keep: (name: string) => boolean): ExplorerPlace[] {
  const found = new Set<number>();
  for (let k = start; k < index.names.length && keep(index.names[k] ?? ''); k++) found.add(index.owners[k] ?? -1);
  return [...found].sort((a, b) => a - b).flatMap((i) => index.places[i] ?? []);
}

const answer = (places: ExplorerPlace[]): PlaceMatch => {
  const [first] = places;
  if (first === undefined) return { kind: 'none' };
  return places.length === 1 ? { kind: 'place', place: first } : { kind: 'ambiguous', places };
};

/**
 * The place `text` names: its id (`khorgos`, as addresses write it), one of its names whole, or the
 * beginning of names of one place only, of `MIN_PREFIX` letters or more. A name written whole wins over
 * a longer name it begins (Xi’an whole, even beside a Xianyang).
 */
export function resolvePlace(index: PlaceNameIndex, text: string): PlaceMatch {
  const trimmed = text.trim();
  const byId = index.ids.get(trimmed) ?? index.ids.get(trimmed.toLowerCase());
  const place = byId === undefined ? undefined : index.places[byId];
  if (place) return { kind: 'place', place };
  const key = foldName(trimmed);
  if (key === '') return { kind: 'none' };
  const start = lowerBound(index.names, key);
  const whole = owners(index, start, (name) => name === key);
  if (whole.length > 0 || [...key].length < MIN_PREFIX) return answer(whole);
  return answer(owners(index, start, (name) => name.startsWith(key)));
}

/**
 * The place filter for what is typed in the place field: the place it names, by id; nothing for an
 * empty field; otherwise the text itself, which no place has as its id, so nothing matches until it
 * names one. Without the names (`index` not loaded yet), the text, trimmed.
 */
export function placeFilterValue(index: PlaceNameIndex | undefined, typed: string): string | undefined {
  if (typed.trim() === '') return undefined;
  const match = index ? resolvePlace(index, typed) : undefined;
  return match?.kind === 'place' ? match.place.id : typed.trim();
}

/** The name of the place whose id is `id`, or `undefined` when no place has that id. */
export function placeNameOf(index: PlaceNameIndex, id: string | undefined): string | undefined {
  const i = id === undefined ? undefined : index.ids.get(id);
  return i === undefined ? undefined : index.places[i]?.name;
}

/**
 * Several places in a few words: `Xi’an or Xianyang` (Xianyang as a test adds it; the site has no such
 * place); past four, `A, B, C or 2 other places`.
 */
export function eitherPlace(places: readonly ExplorerPlace[]): string {
  const names = places.map((p) => p.name);
  const listed = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} other places`] : names;
  return listed.length > 1 ? `${listed.slice(0, -1).join(', ')} or ${listed.at(-1) ?? ''}` : (listed[0] ?? '');
}

/**
 * Why typed text names no place, for the explorer's status line, like the address's notice:
 * `No place is called ‘Хо’.` or `‘xia’ could be Xi’an or Xianyang.`; `''` when it names one.
 * `quote` makes the text safe to show (the address's `echo`).
 */
export function placeTrouble(match: PlaceMatch, text: string, quote: (value: string) => string): string {
  if (match.kind === 'none') return `No place is called ‘${quote(text.trim())}’.`;
  if (match.kind === 'ambiguous') return `‘${quote(text.trim())}’ could be ${eitherPlace(match.places)}.`;
  return '';
}

/**
 * A place's suggestion label: `also ` and its other names, public context rather than the sources',
 * each once as folded. Names that fold to the place's name (Xian, Xi'an and Xī’ān for Xi’an) are left
 * out, so the browser, which matches typed text against the label as written, offers the place only for
 * the names shown; resolving what is typed folds, so those names still find it.
 * `also Khorgas, Horgos, 霍尔果斯, Huoerguosi, Хоргос, Қорғас`.
 */
export function otherNamesLabel(place: ExplorerPlace): string {
  const seen = new Set([foldName(place.name)]);
  const others = place.altNames.filter((name) => !seen.has(foldName(name)) && seen.add(foldName(name)));
  return others.length > 0 ? `also ${others.join(', ')}` : '';
}
