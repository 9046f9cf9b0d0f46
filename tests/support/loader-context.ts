import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

type Entry = { data: Record<string, unknown>; filePath?: string };

/** A loader's context as `astro dev` gives it, over a store, a logger and a watcher that the test reads. */
export interface LoaderHarness {
  context: LoaderContext;
  /** The store's entries, in the order the store keeps them (a Map's: a key set again keeps its place). */
  entries: Map<string, Entry>;
  /** The ids the loader deleted from the store. */
  deleted: string[];
  /** The lines the loader logged. */
  logged: string[];
  /** Reports a change of `path`, as the dev server's watcher does (once the loader has started). */
  change: (event: string, path: string) => void;
}

/**
 * The context a loader of the folder `root` runs in under `astro dev`, its store holding `entries` to
 * begin with (what a build's cached store may hold); `parseData` gives the data back as it is.
 */
export function loaderHarness(root: string, collection: string, entries = new Map<string, Entry>()): LoaderHarness {
  const deleted: string[] = [];
  const logged: string[] = [];
  let listener: ((event: string, path: string) => void) | undefined;
  const context = {
    collection,
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      entries: () => [...entries],
      clear: () => entries.clear(),
      set: ({ id, data, filePath }: { id: string } & Entry) =>
        entries.set(id, { data, ...(filePath === undefined ? {} : { filePath }) }),
      delete: (id: string) => {
        deleted.push(id);
        return entries.delete(id);
      },
      keys: () => [...entries.keys()],
    },
    meta: { set: () => undefined },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    logger: { info: (line: string) => logged.push(line) },
    watcher: { add: () => undefined, on: (_all: string, on: typeof listener) => (listener = on) },
  } as unknown as LoaderContext;
  return { context, entries, deleted, logged, change: (event, path) => listener?.(event, path) };
}
