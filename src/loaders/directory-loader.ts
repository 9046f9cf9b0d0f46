import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * A loader that reads a folder with `sync`, and in `astro dev` reads it again
 * whenever a file in it changes. `directory` is relative to the project root, or absolute.
 */
export function directoryLoader(
  name: string,
  directory: string,
  sync: (context: LoaderContext, path: string) => Promise<void>,
): Loader {
  return {
    name,
    load: async (context) => {
      const path = resolve(fileURLToPath(context.config.root), directory);
      await sync(context, path);
      context.watcher?.add(path);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(path)) void sync(context, path);
      });
    },
  };
}
