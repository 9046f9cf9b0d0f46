import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { setUnreadable } from '@/lib/content/unreadable.ts';

/**
 * A loader that reads a folder with `sync`, and in `astro dev` reads it again whenever a file in it
 * changes. `directory` is relative to the project root, or absolute. `sync` must read everything before
 * it changes the store, so a folder it cannot read keeps the entries it last read. It is told which
 * paths changed since its last read, or `undefined` when it must read everything (the first read, and
 * the read after one that failed), so it may read again only what a save changed.
 */
export function directoryLoader(
  name: string,
  directory: string,
  sync: (context: LoaderContext, path: string, changed?: ReadonlySet<string>) => Promise<void>,
): Loader {
  return {
    name,
    load: async (context) => {
      const path = resolve(fileURLToPath(context.config.root), directory);
      const changed = new Set<string>();
      let readAll = true;
      const read = async () => {
        const paths = readAll ? undefined : new Set(changed);
        changed.clear();
        readAll = false;
        try {
          await sync(context, path, paths);
          setUnreadable(path);
        } catch (error) {
          setUnreadable(path, error);
          readAll = true;
          throw error;
        }
      };
      // One read at a time, and one more after it for the saves it may have missed: two reads at once
      // (a save is often two events, the file emptied then written) could end in the older one's entries.
      let reading: Promise<void> | undefined;
      let again = false;
      const readAgain = (): Promise<void> => {
        again = true;
        reading ??= (async () => {
          let failure: unknown;
          while (again) {
            again = false;
            failure = await read().then(
              () => undefined,
              (error: unknown) => error ?? new Error(`${name} failed`),
            );
          }
          reading = undefined;
          if (failure !== undefined) throw failure;
        })();
        return reading;
      };
      // Watched before the first read, so a dev server started on a broken file reads it again once fixed.
      context.watcher?.add(path);
      context.watcher?.on('all', (_event, file) => {
        if (file !== path && !file.startsWith(path + sep)) return;
        changed.add(file);
        // A rejection nobody handles is how a loader's error reaches Astro's dev server after a save: it
        // prints it and shows it in the browser's error overlay (ContentError is shaped as Astro's errors).
        void readAgain();
      });
      await readAgain();
    },
  };
}
