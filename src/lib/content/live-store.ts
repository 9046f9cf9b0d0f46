/**
 * The collections as the loaders hold them in memory under `astro dev`, and who is told when a loader
 * has changed them. Astro serves its data store to the pages from the file it writes (every entry,
 * serialised again after each save) and reloads the pages only once that write is done, well after the
 * loader's read; the dev data store module (src/integrations/data-store-on-disk.ts) takes the
 * collections from here instead (and the file is not written), and reloads the pages as soon as a
 * loader's read has ended (docs/benchmarks.md, 'The editor's loop'). Like unreadable.ts, a registry on `globalThis`: the loaders
 * run in Astro's content layer, the pages in Vite's server-side runner, each with its own instance of
 * this module, in one process.
 */
import { shared } from './process-shared.ts';

/** What a loader's store gives of its collection (the `store` of Astro's `LoaderContext`). */
export interface CollectionStore {
  entries(): [string, unknown][];
}

const stores = () => shared<string, CollectionStore>('live-collections');
const listeners = () => shared<() => void, true>('content-changed-listeners');

/** Keeps `store` as the collection `name`'s entries: every collection's loader calls it (content.config.ts). */
export function keepCollection(name: string, store: CollectionStore): void {
  stores().set(name, store);
}

/**
 * Every kept collection as Astro's data store module exports it (a Map of collections, each a Map of
 * entries by id), or `undefined` when no loader has run in this process (a build, or a server not yet
 * synced). The Maps are new, the entries those the loaders hold: a later read of a loader changes the
 * collections the next call gives, not these.
 */
export function liveCollections(): Map<string, Map<string, unknown>> | undefined {
  const kept = stores();
  if (kept.size === 0) return undefined;
  return new Map([...kept].map(([name, store]) => [name, new Map(store.entries())]));
}

/** Calls `listener` after each loader's read that may have changed the collections; returns how to stop. */
export function onContentChanged(listener: () => void): () => void {
  listeners().set(listener, true);
  return () => listeners().delete(listener);
}

/** Says that a loader's read has ended and may have changed the collections. */
export function contentChanged(): void {
  for (const listener of listeners().keys()) listener();
}
