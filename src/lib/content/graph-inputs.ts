/**
 * Whether a content graph may be kept: built from the same entries by the same code. Under `astro dev`
 * the data layer (src/data/content.ts) is run again whenever Vite reloads the pages' modules, which it
 * does for more than a change to the content (a module Astro writes again, Astro's own later write of
 * its store after a save already shown), and each time it would build the whole graph again from
 * entries it has already built it from (docs/benchmarks.md, 'The editor's loop').
 */

/**
 * What a graph is built from: each collection's entries as `getCollection` gives them, and the rest
 * (the code that builds it, what it reads besides the entries), compared by identity, strings by value.
 */
export interface GraphInputs {
  collections: readonly (readonly object[])[];
  rest: readonly unknown[];
}

/**
 * True when `next` holds the same collections, each with the same entries in the same order, and the
 * same rest as `last`. Entries are compared field by field, by identity: Astro gives each entry as a
 * new object but keeps its `data` object until a loader reads the entry again, so a save's entries
 * differ and every other entry is the same.
 */
export function sameGraphInputs(last: GraphInputs, next: GraphInputs): boolean {
  return (
    sameItems(last.rest, next.rest) &&
    sameItems(last.collections, next.collections, (a, b) => sameItems(a, b, sameFields))
  );
}

function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i] as T, b[i] as T)) return false;
  return true;
}

function sameFields(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(x[key], y[key]));
}
