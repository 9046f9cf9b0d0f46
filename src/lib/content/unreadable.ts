/**
 * Content that `astro dev` could not read after a save, by folder, until a later save makes it readable,
 * and the reads a save started that have not ended yet.
 * A loader that fails keeps the entries it last read (src/loaders/directory-loader.ts), so without this a
 * reload would show the page as it was, as if nothing were wrong; the data layer (src/data/content.ts)
 * throws the folder's error on every page instead, until the file is fixed. The loaders run in Astro's
 * content layer and the pages in Vite's server-side runner, each with its own instance of this module,
 * in one process: hence a registry on `globalThis`, not a module variable.
 */
import { shared } from './process-shared.ts';

const registry = () => shared<string, unknown>('unreadable-content');

/** Records why `folder` could not be read, or with no error that it was read. */
export function setUnreadable(folder: string, error?: unknown): void {
  if (error === undefined) registry().delete(folder);
  else registry().set(folder, error);
}

/** The error of the first folder that could not be read, if any. */
export function unreadableContent(): unknown {
  return registry().values().next().value;
}

const reads = () => shared<string, Promise<void>>('content-reads');

/**
 * Records a read of `folder` under way until `ended` resolves. `ended` must not be the read itself: a
 * loader's read that fails rejects with nobody to handle it, which is how Astro's dev server hears of
 * the error (src/loaders/directory-loader.ts), and waiting for it here would handle it.
 */
export function setReading(folder: string, ended: Promise<void>): void {
  const registry = reads();
  const settled = ended.finally(() => {
    if (registry.get(folder) === settled) registry.delete(folder);
  });
  registry.set(folder, settled);
}

/**
 * Resolves once no read is under way: a page asked for while a save is read (Astro reloads a page
 * that shows an error as soon as any file changes) then says what the save made of the content,
 * not what was there before it.
 */
export async function contentRead(): Promise<void> {
  while (reads().size > 0) await Promise.all(reads().values());
}
