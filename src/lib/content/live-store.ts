/**
 * The collections as the loaders hold them in memory under `astro dev`, and who is told when a loader
 * has changed them. Astro serves its data store to the pages from the file it writes (every entry,
 * serialised again after each save) and reloads the pages only once that write is done, well after the
 * loader's read; the dev data store module (src/integrations/data-store-on-disk.ts) takes the
 * collections from here instead, and reloads the pages as soon as a loader's read has ended
 * (docs/benchmarks.md, 'The editor's loop'). Like unreadable.ts, a registry on `globalThis`: the loaders
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
const holds = () => shared<'hold', { started: number; timer: ReturnType<typeof setInterval> }>('store-write-hold');

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

/**
 * How often a held write is put off again. Astro writes its store file 500 ms after the last change to
 * the store, each change putting it off again (`SAVE_DEBOUNCE_MS`, astro/dist/content/mutable-data-store.js).
 */
export const HOLD_EVERY_MS = 400;
/** How long a write is held at most, when no page is asked for after a save (none open). */
export const HOLD_AT_MOST_MS = 10_000;

/**
 * Puts off Astro's write of its store file after a save until a page asked for after the save has been
 * served (`releaseStoreWrite`), by calling `touch` (a change to the loader's own meta store) every
 * `every` ms. The write serialises every entry in one step that holds the process, so a page built
 * and rendered while it runs waits for it (docs/benchmarks.md, 'The editor's loop'); the file is what
 * the next `astro dev` starts from, and the pages no longer need it.
 */
export function holdStoreWrite(touch: () => void, every = HOLD_EVERY_MS): void {
  stopHolding();
  const started = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - started >= HOLD_AT_MOST_MS) stopHolding();
    else touch();
  }, every);
  timer.unref();
  holds().set('hold', { started, timer });
  touch();
}

/** Ends the hold once a page asked for at `asked` (a time from `Date.now()`), after the hold began, is served. */
export function releaseStoreWrite(asked: number): void {
  const hold = holds().get('hold');
  if (hold !== undefined && asked >= hold.started) stopHolding();
}

function stopHolding(): void {
  const hold = holds().get('hold');
  if (hold !== undefined) clearInterval(hold.timer);
  holds().delete('hold');
}
