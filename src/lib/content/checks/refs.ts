/**
 * What every content check shares: the entries indexed by id, and the problem a reference to an unknown
 * id makes, which names the ids it could have meant.
 */
import type { ChartData } from '@/schemas/chart.ts';
import type { CorridorData } from '@/schemas/corridor.ts';
import type { FactData } from '@/schemas/fact.ts';
import type { PlaceData } from '@/schemas/place.ts';
import type { EntryRef } from '@/schemas/reference.ts';
import type { SourceData } from '@/schemas/source.ts';
import type { Entry } from '../entry.ts';
import type { Problem } from '../validate.ts';

/** The entries of every collection, by id. */
export interface Indexed {
  sources: Map<string, Entry<SourceData>>;
  places: Map<string, Entry<PlaceData>>;
  corridors: Map<string, Entry<CorridorData>>;
  facts: Map<string, Entry<FactData>>;
  charts: Map<string, Entry<ChartData>>;
}

/** How many known ids a problem lists before it names only the nearest. */
const MAX_LISTED_IDS = 50;

/** A problem when `ref` names no entry of `known`, or none. */
export function missing(
  ref: EntryRef,
  field: string,
  known: ReadonlyMap<string, unknown>,
  at: Omit<Problem, 'field' | 'message'>,
): Problem[] {
  if (known.has(ref.id)) return [];
  // Every known id while they fit on a line; past that (30,000 facts), the nearest one.
  const choices =
    known.size <= MAX_LISTED_IDS
      ? `known ids: ${[...known.keys()].sort().join(', ')}`
      : `there are ${known.size} ${ref.collection} entries${closest(ref.id, known)}`;
  return [{ ...at, field, message: `no ${ref.collection} entry has the id "${ref.id}"; ${choices}` }];
}

/** ` (did you mean "…"?)` for the known id sharing the longest prefix, or nothing. */
export function closest(id: string, known: ReadonlyMap<string, unknown>): string {
  let best = '';
  let bestLength = 0;
  for (const candidate of known.keys()) {
    let n = 0;
    while (n < id.length && id[n] === candidate[n]) n++;
    if (n > bestLength) [best, bestLength] = [candidate, n];
  }
  return bestLength >= 3 ? ` (did you mean "${best}"?)` : '';
}
