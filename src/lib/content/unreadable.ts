/**
 * Content that `astro dev` could not read after a save, by folder, until a later save makes it readable.
 * A loader that fails keeps the entries it last read (src/loaders/directory-loader.ts), so without this a
 * reload would show the page as it was, as if nothing were wrong; the data layer (src/data/content.ts)
 * throws the folder's error on every page instead, until the file is fixed. The loaders run in Astro's
 * content layer and the pages in Vite's server-side runner, each with its own instance of this module,
 * in one process: hence a registry on `globalThis`, not a module variable.
 */
const KEY = Symbol.for('corridors.unreadable-content');

function registry(): Map<string, unknown> {
  const global = globalThis as { [KEY]?: Map<string, unknown> };
  global[KEY] ??= new Map();
  return global[KEY];
}

/** Records why `folder` could not be read, or with no error that it was read. */
export function setUnreadable(folder: string, error?: unknown): void {
  if (error === undefined) registry().delete(folder);
  else registry().set(folder, error);
}

/** The error of the first folder that could not be read, if any. */
export function unreadableContent(): unknown {
  return registry().values().next().value;
}
