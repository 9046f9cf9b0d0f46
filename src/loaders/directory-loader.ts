import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentChanged } from '@/lib/content/live-store.ts';
import { setReading, setUnreadable } from '@/lib/content/unreadable.ts';
import { kept } from './kept.ts';

/**
 * How long after a read the files a save named are looked at again. Vite's watcher (chokidar) reports
 * one change of a file and drops any other within the next 50 ms; an editor's save is often two writes
 * (the file emptied, then written), so a read between them would be the last: the store would keep a
 * half-saved file until the next save, and every page would say so (tests/unit/loaders/directory-loader.test.ts).
 */
export const SETTLE_MS = 200;

/** What the file system says of a file's content (its size and times), or '' when it is gone. */
async function signature(file: string): Promise<string> {
  const stats = await stat(file).catch(() => undefined);
  return stats === undefined ? '' : `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

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
  return kept({
    name,
    load: async (context) => {
      const path = resolve(fileURLToPath(context.config.root), directory);
      const changed = new Set<string>();
      let readAll = true;
      const read = async () => {
        const saved = [...changed];
        const paths = readAll ? undefined : new Set(saved);
        changed.clear();
        readAll = false;
        const before = await Promise.all(saved.map(signature));
        try {
          await sync(context, path, paths);
          setUnreadable(path);
        } catch (error) {
          setUnreadable(path, error);
          readAll = true;
          throw error;
        } finally {
          // A file that changed since it was read, with no event to say so, is read again.
          if (saved.length > 0) setTimeout(() => void settle(saved, before), SETTLE_MS);
        }
      };
      const settle = async (saved: string[], before: string[]) => {
        const after = await Promise.all(saved.map(signature));
        const moved = saved.filter((_file, i) => after[i] !== before[i]);
        if (moved.length === 0) return;
        for (const file of moved) changed.add(file);
        await readAgain();
      };
      // One read at a time, and one more after it for the saves it may have missed: two reads at once
      // (a save is often two events, the file emptied then written) could end in the older one's entries.
      let reading: Promise<void> | undefined;
      let again = false;
      const readAgain = (): Promise<void> => {
        again = true;
        if (reading !== undefined) return reading;
        // Recorded apart from `reading`, whose rejection must stay unhandled for Astro to hear of it.
        let ended = () => {};
        setReading(path, new Promise<void>((resolve) => (ended = resolve)));
        reading = (async () => {
          let failure: unknown;
          while (again) {
            again = false;
            failure = await read().then(
              () => undefined,
              (error: unknown) => error ?? new Error(`${name} failed`),
            );
          }
          reading = undefined;
          // Told before the pages waiting for the read go on, so their reload follows this read
          // (src/lib/content/live-store.ts).
          if (failure === undefined) contentChanged();
          ended();
          if (failure !== undefined) throw failure;
        })();
        return reading;
      };
      // Watched before the first read, so a dev server started on a broken file reads it again once fixed.
      const { watcher } = context;
      watcher?.add(path);
      watcher?.on('all', (_event, file) => {
        if (file !== path && !file.startsWith(path + sep)) return;
        changed.add(file);
        // A rejection nobody handles is how a loader's error reaches Astro's dev server after a save: it
        // prints it and shows it in the browser's error overlay (ContentError is shaped as Astro's errors).
        void readAgain();
      });
      if (watcher === undefined) return readAgain();
      // Under `astro dev`, a folder that cannot be read at the start is not the end of the server, as
      // it would be for Astro: it is said on the terminal here and on every page (src/data/content.ts),
      // as after a save, until a save makes it readable. A build stops on it.
      await readAgain().catch((error: unknown) =>
        // The content rules' message as it is (a ContentError has no stack), any other error with where it came from.
        context.logger.error(error instanceof Error ? error.stack || error.message : String(error)),
      );
    },
  });
}
